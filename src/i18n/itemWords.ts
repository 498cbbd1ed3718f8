// The programme's words a sentence names one entry with (report.json entity.counter and entity.item):
// each locale composes them with its own grammar (zh-CN: 这栋楼, 这个小区).
export interface ItemWords {
  counter: string;
  item: string;
}
