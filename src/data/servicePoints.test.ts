// Service points in communities.csv: a declared public phone is published; a mobile number anywhere else is not.
import { describe, expect, it } from 'vitest';
import { places, writeDataset } from '../../tests/data/tempDataset.ts';
import { loadDataset } from './loadDataset.ts';

const HEADER = 'community_id,name,service_name,service_address,service_hours,service_phone\n';

async function load(communities: string) {
  const dir = await writeDataset({ 'communities.csv': communities });
  const result = await loadDataset(dir);
  return { result, places: places(result, dir) };
}

describe('community service points', () => {
  it('reads name, address, hours and the declared phone (a mobile number is allowed there)', async () => {
    const { result, places } = await load(
      `${HEADER}c1,一社区,一社区服务站,测试路1号首层,周一至周五 9:00–17:00,020-8123 4567\nc2,二社区,二社区居委会,测试路9号,,13812345678\n`,
    );
    expect(places).toEqual([]);
    if (!result.ok) throw new Error('expected ok');
    expect(result.dataset.communities.map((c) => c.servicePoint)).toEqual([
      { name: '一社区服务站', address: '测试路1号首层', hours: '周一至周五 9:00–17:00', phone: '020-8123 4567' },
      { name: '二社区居委会', address: '测试路9号', phone: '13812345678' },
    ]);
  });

  it('leaves communities without service columns as before', async () => {
    const { result } = await load('community_id,name\nc1,一社区\nc2,二社区\n');
    expect(result.ok && result.dataset.communities[0]).toEqual({ id: 'c1', name: '一社区' });
  });

  it('still rejects a mobile number in any other column, and a flat number in the service address', async () => {
    const { places } = await load(`${HEADER}c1,一社区 13812345678,一社区服务站,测试路1号302房,,\nc2,二社区,,,,\n`);
    expect(places).toEqual([
      'communities.csv:2:2: error personal_data.mobile',
      'communities.csv:2:4: error personal_data.room_number',
    ]);
  });

  it('names a missing name or address and a phone that is not one', async () => {
    const { places } = await load(`${HEADER}c1,一社区,,,9:00–17:00,请来电\nc2,二社区,,,,\n`);
    expect(places).toEqual([
      'communities.csv:2:3: error community.service_name',
      'communities.csv:2:4: error community.service_address',
      'communities.csv:2:6: error community.service_phone',
    ]);
  });
});
