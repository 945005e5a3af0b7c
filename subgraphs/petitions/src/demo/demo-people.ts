import { residentIdCheckCharacter } from '@xinfang/kit';
import { Vulnerability } from '../petitioner/petitioner-kind';
import type { SeededRandom } from './demo-random';

/** A made-up petitioner of the demo city: a well-formed resident number no real person holds in this data. */
export interface DemoPerson {
  name: string;
  idNumber: string;
  phone: string;
  address: string;
  vulnerabilities: Vulnerability[];
}

const SURNAMES = ['李', '王', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡'];
const GIVEN = ['秀兰', '建国', '桂英', '志强', '玉梅', '德明', '淑珍', '永福', '丽娟', '大勇', '凤英', '长海', '春花', '国平', '晓燕'];
const PLACES = ['蚌埠市龙子湖区', '蚌埠市蚌山区', '怀远县城关镇', '五河县小溪镇', '固镇县连城镇'];
/** Region codes of Bengbu's districts and counties (GB/T 2260). */
const REGIONS = ['340302', '340303', '340321', '340322', '340323'];

/** A pool of people, so some petition more than once (repeat petitions) and some need particular care. */
export function demoPeople(random: SeededRandom, count: number): DemoPerson[] {
  return Array.from({ length: count }, (_, index) => {
    const region = random.pick(REGIONS);
    const born = `${random.int(1940, 2005)}${String(random.int(1, 12)).padStart(2, '0')}${String(random.int(1, 28)).padStart(2, '0')}`;
    const first17 = `${region}${born}${String(random.int(0, 999)).padStart(3, '0')}`;
    const vulnerabilities = [
      ...(Number(born.slice(0, 4)) < 1960 ? [Vulnerability.ELDERLY] : []),
      ...(random.chance(0.08) ? [Vulnerability.DISABLED] : []),
      ...(random.chance(0.06) ? [Vulnerability.WOMAN_IN_HARDSHIP] : []),
      ...(random.chance(0.05) ? [Vulnerability.RURAL_POVERTY] : []),
    ];
    return {
      name: `${SURNAMES[index % SURNAMES.length]}${random.pick(GIVEN)}`,
      idNumber: first17 + residentIdCheckCharacter(first17),
      phone: `1${random.pick(['38', '39', '50', '77', '86'])}${String(random.int(0, 99_999_999)).padStart(8, '0')}`,
      address: random.pick(PLACES),
      vulnerabilities,
    };
  });
}
