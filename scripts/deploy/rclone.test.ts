import { describe, expect, it } from 'vitest';
import { join, secretInRemote } from './rclone.ts';

describe('secretInRemote', () => {
  it('finds a password or key written into the remote itself', () => {
    expect(secretInRemote(':s3,provider=Alibaba,secret_access_key=abc:bucket')).toBe('secret_access_key');
    expect(secretInRemote(':s3,access_key_id=AK,endpoint=x:bucket')).toBe('access_key_id');
    expect(secretInRemote(':sftp,host=h,user=u,pass=obscured:/var/www')).toBe('pass');
    expect(secretInRemote(':webdav,url=http://x/,bearer_token=t:')).toBe('bearer_token');
  });

  it('accepts a configured remote, a path or a connection string without secrets', () => {
    for (const remote of [
      'oss:xicun-gongshi',
      'office:/var/www/gongshi',
      '/srv/site',
      ':sftp,host=h:/var/www',
    ]) {
      expect(secretInRemote(remote), remote).toBeUndefined();
    }
  });
});

describe('join', () => {
  it('adds a path below a remote whatever its form', () => {
    expect(join('oss:', 'a/b')).toBe('oss:a/b');
    expect(join('oss:bucket', 'a/b')).toBe('oss:bucket/a/b');
    expect(join('/srv/site/', 'a')).toBe('/srv/site/a');
    expect(join('oss:bucket', '')).toBe('oss:bucket');
  });
});
