import { AgencyLevel, AgencyType } from './agency-kind';

/** An agency of the demo city as plain data (no entity), for the agencies seed and the other subgraphs' demo data. */
export interface DemoAgency {
  id: string;
  name: string;
  englishName: string;
  type: AgencyType;
  level: AgencyLevel;
  parentId?: string;
  regionCode: string;
  regionName: string;
}

const BENGBU = { regionCode: '340300', regionName: '安徽省蚌埠市' };

/** One city, Bengbu (蚌埠), with its county procuratorates, court, police, commission and partners. */
export const demoCityAgencies: DemoAgency[] = [
  { id: 'anhui-procuratorate', name: '安徽省人民检察院', englishName: 'Anhui Provincial People\'s Procuratorate', type: AgencyType.PROCURATORATE, level: AgencyLevel.PROVINCIAL, regionCode: '340000', regionName: '安徽省' },
  { id: 'bengbu-procuratorate', name: '蚌埠市人民检察院', englishName: 'Bengbu Municipal People\'s Procuratorate', type: AgencyType.PROCURATORATE, level: AgencyLevel.MUNICIPAL, parentId: 'anhui-procuratorate', ...BENGBU },
  { id: 'huaiyuan-procuratorate', name: '怀远县人民检察院', englishName: 'Huaiyuan County People\'s Procuratorate', type: AgencyType.PROCURATORATE, level: AgencyLevel.COUNTY, parentId: 'bengbu-procuratorate', regionCode: '340321', regionName: '安徽省蚌埠市怀远县' },
  { id: 'wuhe-procuratorate', name: '五河县人民检察院', englishName: 'Wuhe County People\'s Procuratorate', type: AgencyType.PROCURATORATE, level: AgencyLevel.COUNTY, parentId: 'bengbu-procuratorate', regionCode: '340322', regionName: '安徽省蚌埠市五河县' },
  { id: 'guzhen-procuratorate', name: '固镇县人民检察院', englishName: 'Guzhen County People\'s Procuratorate', type: AgencyType.PROCURATORATE, level: AgencyLevel.COUNTY, parentId: 'bengbu-procuratorate', regionCode: '340323', regionName: '安徽省蚌埠市固镇县' },
  { id: 'bengbu-court', name: '蚌埠市中级人民法院', englishName: 'Bengbu Intermediate People\'s Court', type: AgencyType.COURT, level: AgencyLevel.MUNICIPAL, ...BENGBU },
  { id: 'bengbu-police', name: '蚌埠市公安局', englishName: 'Bengbu Public Security Bureau', type: AgencyType.POLICE, level: AgencyLevel.MUNICIPAL, ...BENGBU },
  { id: 'bengbu-commission', name: '中共蚌埠市委政法委员会', englishName: 'Bengbu Political-Legal Commission', type: AgencyType.POLITICAL_LEGAL_COMMISSION, level: AgencyLevel.MUNICIPAL, ...BENGBU },
  { id: 'bengbu-civil-affairs', name: '蚌埠市民政局', englishName: 'Bengbu Civil Affairs Bureau', type: AgencyType.CIVIL_AFFAIRS, level: AgencyLevel.MUNICIPAL, ...BENGBU },
  { id: 'bengbu-womens-federation', name: '蚌埠市妇女联合会', englishName: 'Bengbu Women\'s Federation', type: AgencyType.WOMENS_FEDERATION, level: AgencyLevel.MUNICIPAL, ...BENGBU },
  { id: 'bengbu-disabled-federation', name: '蚌埠市残疾人联合会', englishName: 'Bengbu Disabled Persons\' Federation', type: AgencyType.DISABLED_PERSONS_FEDERATION, level: AgencyLevel.MUNICIPAL, ...BENGBU },
  { id: 'bengbu-education', name: '蚌埠市教育局', englishName: 'Bengbu Education Bureau', type: AgencyType.EDUCATION, level: AgencyLevel.MUNICIPAL, ...BENGBU },
  { id: 'bengbu-human-resources', name: '蚌埠市人力资源和社会保障局', englishName: 'Bengbu Human Resources and Social Security Bureau', type: AgencyType.HUMAN_RESOURCES, level: AgencyLevel.MUNICIPAL, ...BENGBU },
  { id: 'bengbu-health', name: '蚌埠市卫生健康委员会', englishName: 'Bengbu Health Commission', type: AgencyType.HEALTH, level: AgencyLevel.MUNICIPAL, ...BENGBU },
  { id: 'bengbu-justice', name: '蚌埠市司法局（法律援助中心）', englishName: 'Bengbu Justice Bureau (Legal Aid Centre)', type: AgencyType.JUSTICE_BUREAU, level: AgencyLevel.MUNICIPAL, ...BENGBU },
];
