import type { DatasetPermission, MediaType } from '../types.ts';

// The demo's datasets, written against people handles (persona ids such as `manager`, or email
// local parts such as `priya.raman`) and group slugs. demo.ts resolves them to ids.
//
// Notable facts the e2e tests rely on:
// - the manager persona created warehouse-robots-v3, lidar-highway-scenes and
//   retail-shelf-detection, and holds a MANAGE grant on autonomy-multicam-v2;
// - NO_ACCESS by default: lidar-highway-scenes, medical-xray-triage, customer-returns-pii;
// - the member persona: EDIT on warehouse-robots-v3, VIEW on medical-xray-triage;
// - the collaborator persona: EDIT on warehouse-robots-v3, TAG on retail-shelf-detection, VIEW on
//   traffic-signs-eu (plus the external-labelers group's grants).
export interface DemoSnapshot {
  name: string;
  description: string;
  by: string;
  loaded?: boolean;
  archived?: boolean;
}

export interface DemoDataset {
  name: string;
  description: string;
  mediaType: MediaType;
  samplesCount: number;
  sampleFieldsCount: number;
  tags: string[];
  defaultPermission: DatasetPermission;
  creator: string;
  users?: Record<string, DatasetPermission>;
  groups?: Record<string, DatasetPermission>;
  pins?: string[];
  snapshots?: DemoSnapshot[];
  pending?: { added: number; deleted: number; changed: number };
  calculated?: boolean;
  neverLoaded?: boolean;
}

export const DEMO_DATASETS: readonly DemoDataset[] = [
  {
    name: 'coco-2017-validation',
    description: 'COCO 2017 validation split with ground truth and our detector predictions.',
    mediaType: 'image',
    samplesCount: 5000,
    sampleFieldsCount: 12,
    tags: ['benchmark', 'public', 'detection'],
    defaultPermission: 'VIEW',
    creator: 'priya.raman',
    users: { 'wei.zhang': 'EDIT', 'jonas.weber': 'VIEW', 'olivia.brooks': 'VIEW' },
    groups: { 'ml-research': 'EDIT', interns: 'TAG' },
    pins: ['admin'],
    snapshots: [
      {
        name: 'v1.0-baseline',
        description: 'Raw import of the official split.',
        by: 'priya.raman',
      },
      { name: 'v1.1-dedup', description: 'Near-duplicates removed.', by: 'priya.raman' },
    ],
    pending: { added: 0, deleted: 0, changed: 0 },
    calculated: true,
  },
  {
    name: 'warehouse-robots-v3',
    description: 'Onboard camera clips from the AMR fleet in the Reno and Lyon warehouses.',
    mediaType: 'video',
    samplesCount: 1840,
    sampleFieldsCount: 24,
    tags: ['robotics', 'warehouse', 'tracking'],
    defaultPermission: 'VIEW',
    creator: 'manager',
    users: {
      member: 'EDIT',
      collaborator: 'EDIT',
      'lukas.becker': 'EDIT',
      'amara.nwosu': 'TAG',
      'hiroshi.sato': 'VIEW',
      'olivia.brooks': 'VIEW',
    },
    groups: { 'autonomy-perception': 'EDIT', 'data-labeling': 'EDIT' },
    pins: ['manager', 'member', 'collaborator'],
    snapshots: [
      { name: 'v1.0-baseline', description: 'First labelled release.', by: 'manager' },
      { name: 'v1.1-fix-occlusions', description: 'Occluded pallets relabelled.', by: 'manager' },
      {
        name: 'v2.0-night-shift',
        description: 'Adds night-shift footage from Lyon.',
        by: 'manager',
        loaded: true,
      },
      { name: 'v2.1-relabel', description: 'Forklift class split in two.', by: 'priya.raman' },
    ],
    pending: { added: 120, deleted: 8, changed: 340 },
    calculated: true,
  },
  {
    name: 'lidar-highway-scenes',
    description: 'Roof-mounted lidar sweeps from highway test drives (restricted: pre-release).',
    mediaType: 'point_cloud',
    samplesCount: 12400,
    sampleFieldsCount: 18,
    tags: ['lidar', 'autonomy', '3d'],
    defaultPermission: 'NO_ACCESS',
    creator: 'manager',
    users: { 'wei.zhang': 'MANAGE', 'sofia.petrova': 'EDIT' },
    groups: { 'autonomy-perception': 'EDIT' },
    pins: ['manager'],
    snapshots: [
      { name: 'v1.0-baseline', description: 'Initial drives, cuboids from vendor.', by: 'manager' },
      { name: 'v1.1-rain-subset', description: 'Rainy-weather drives added.', by: 'wei.zhang' },
      {
        name: 'v1.2-q1-relabel',
        description: 'Quarterly relabel of truck cuboids.',
        by: 'manager',
      },
    ],
    pending: { added: 400, deleted: 0, changed: 0 },
  },
  {
    name: 'retail-shelf-detection',
    description: 'Shelf photos from partner stores with product bounding boxes.',
    mediaType: 'image',
    samplesCount: 48210,
    sampleFieldsCount: 31,
    tags: ['retail', 'detection', 'production'],
    defaultPermission: 'EDIT',
    creator: 'manager',
    users: {
      collaborator: 'TAG',
      'mei.lin': 'EDIT',
      'diego.fernandez': 'EDIT',
      'emily.carter': 'MANAGE',
    },
    groups: { 'data-labeling': 'EDIT', 'external-labelers': 'TAG' },
    pins: ['manager', 'emily.carter'],
    snapshots: [
      { name: 'v1.0-baseline', description: 'Pilot stores only.', by: 'manager' },
      { name: 'v2.0-new-planograms', description: 'Spring planogram update.', by: 'manager' },
      { name: 'v2.1-label-review', description: 'After the label review.', by: 'emily.carter' },
    ],
    pending: { added: 0, deleted: 0, changed: 0 },
    calculated: true,
  },
  {
    name: 'autonomy-multicam-v2',
    description: 'Synchronised six-camera rigs, grouped by capture timestamp.',
    mediaType: 'group',
    samplesCount: 9600,
    sampleFieldsCount: 40,
    tags: ['autonomy', 'multimodal'],
    defaultPermission: 'VIEW',
    creator: 'wei.zhang',
    users: {
      manager: 'MANAGE',
      'lukas.becker': 'MANAGE',
      'oluwaseun.adeyemi': 'EDIT',
      'sebastian.novak': 'VIEW',
    },
    groups: { 'autonomy-perception': 'EDIT' },
  },
  {
    name: 'medical-xray-triage',
    description: 'De-identified chest X-rays for the triage classifier (restricted).',
    mediaType: 'image',
    samplesCount: 2300,
    sampleFieldsCount: 15,
    tags: ['medical', 'classification', 'restricted'],
    defaultPermission: 'NO_ACCESS',
    creator: 'fatima.al-sayed',
    users: { member: 'VIEW', 'kwame.mensah': 'EDIT' },
    groups: { 'medical-imaging': 'MANAGE' },
  },
  {
    name: 'drone-inspection-3d',
    description: 'Photogrammetry meshes of wind turbines from drone inspections.',
    mediaType: 'three_d',
    samplesCount: 640,
    sampleFieldsCount: 9,
    tags: ['drone', 'inspection', '3d'],
    defaultPermission: 'VIEW',
    creator: 'lukas.becker',
    users: { 'pavel.kuznetsov': 'TAG', 'elena.popescu': 'VIEW' },
  },
  {
    name: 'open-images-v7-subset',
    description: 'A 250k-image subset of Open Images V7 for pretraining experiments.',
    mediaType: 'image',
    samplesCount: 250000,
    sampleFieldsCount: 22,
    tags: ['public', 'benchmark', 'classification'],
    defaultPermission: 'VIEW',
    creator: 'priya.raman',
    users: { 'arjun.mehta': 'EDIT' },
    groups: { 'ml-research': 'EDIT' },
  },
  {
    name: 'traffic-signs-eu',
    description: 'Traffic signs from dashcams in Germany, France and Italy.',
    mediaType: 'image',
    samplesCount: 38900,
    sampleFieldsCount: 14,
    tags: ['traffic', 'classification', 'europe'],
    defaultPermission: 'EDIT',
    creator: 'mateo.rossi',
    users: {
      collaborator: 'VIEW',
      'jonas.weber': 'EDIT',
      'leila.haddad': 'TAG',
      'zainab.yusuf': 'VIEW',
    },
    groups: { 'data-labeling': 'EDIT', 'external-labelers': 'TAG' },
    snapshots: [
      {
        name: 'v1.0-baseline',
        description: 'German signs only.',
        by: 'mateo.rossi',
        archived: true,
      },
      { name: 'v1.1-merge-de-fr', description: 'French signs merged in.', by: 'mateo.rossi' },
      { name: 'v1.2-night-images', description: 'Night-time captures.', by: 'mateo.rossi' },
      { name: 'v2.0-new-taxonomy', description: 'Vienna Convention taxonomy.', by: 'priya.raman' },
      { name: 'v2.1-qa-pass', description: 'After the external QA pass.', by: 'mateo.rossi' },
    ],
    pending: { added: 1250, deleted: 40, changed: 980 },
    calculated: true,
  },
  {
    name: 'factory-defects',
    description: 'Surface defects on machined parts, pixel-level masks.',
    mediaType: 'image',
    samplesCount: 7450,
    sampleFieldsCount: 19,
    tags: ['manufacturing', 'defects', 'segmentation'],
    defaultPermission: 'VIEW',
    creator: 'hannah.schmidt',
    users: { 'diego.fernandez': 'EDIT', 'marco.bianchi': 'VIEW' },
    groups: { 'data-labeling': 'EDIT' },
  },
  {
    name: 'customer-returns-pii',
    description: 'Photos of returned items; may contain customer names and addresses.',
    mediaType: 'image',
    samplesCount: 3120,
    sampleFieldsCount: 11,
    tags: ['retail', 'pii', 'restricted'],
    defaultPermission: 'NO_ACCESS',
    creator: 'kwame.mensah',
    users: { 'ingrid.johansson': 'EDIT' },
    groups: { platform: 'VIEW' },
  },
  {
    name: 'kitchen-actions-video',
    description: 'Egocentric kitchen videos with action segments.',
    mediaType: 'video',
    samplesCount: 1200,
    sampleFieldsCount: 8,
    tags: ['video', 'action-recognition'],
    defaultPermission: 'VIEW',
    creator: 'yuki.tanaka',
    users: { 'leila.haddad': 'EDIT' },
  },
  {
    name: 'satellite-crop-health',
    description: 'Sentinel-2 tiles with crop-stress segmentation masks.',
    mediaType: 'image',
    samplesCount: 15800,
    sampleFieldsCount: 27,
    tags: ['satellite', 'agriculture', 'segmentation'],
    defaultPermission: 'VIEW',
    creator: 'arjun.mehta',
    users: { 'ingrid.johansson': 'MANAGE', 'zainab.yusuf': 'VIEW', 'samuel.osei': 'VIEW' },
    groups: { 'ml-research': 'EDIT' },
    pins: ['arjun.mehta'],
  },
  {
    name: 'pedestrian-tracking-night',
    description: 'Night-time pedestrian tracks from the urban test fleet.',
    mediaType: 'video',
    samplesCount: 860,
    sampleFieldsCount: 16,
    tags: ['autonomy', 'tracking', 'night'],
    defaultPermission: 'VIEW',
    creator: 'sofia.petrova',
    users: { 'mei.lin': 'TAG' },
    groups: { 'autonomy-perception': 'EDIT' },
  },
  {
    name: 'indoor-scans-3d',
    description: 'Scratch dataset of indoor room scans.',
    mediaType: 'three_d',
    samplesCount: 210,
    sampleFieldsCount: 6,
    tags: ['3d', 'indoor', 'scratch'],
    defaultPermission: 'VIEW',
    creator: 'noah.friedman',
    neverLoaded: true,
  },
  {
    name: 'label-qa-sandbox',
    description: 'Practice dataset for onboarding labelers.',
    mediaType: 'image',
    samplesCount: 450,
    sampleFieldsCount: 5,
    tags: ['sandbox', 'labeling'],
    defaultPermission: 'EDIT',
    creator: 'camila.duarte',
    users: { 'amara.nwosu': 'EDIT' },
    groups: { 'data-labeling': 'EDIT', 'external-labelers': 'EDIT', interns: 'EDIT' },
    pins: ['camila.duarte'],
  },
  {
    name: 'fleet-dashcam-2025',
    description: 'Dashcam clips from the delivery fleet, 2025 collection.',
    mediaType: 'video',
    samplesCount: 22000,
    sampleFieldsCount: 21,
    tags: ['fleet', 'dashcam', 'video'],
    defaultPermission: 'VIEW',
    creator: 'emily.carter',
    users: { 'hiroshi.sato': 'VIEW' },
    groups: { 'autonomy-perception': 'EDIT' },
    neverLoaded: true,
  },
  {
    name: 'robot-grasping-pointclouds',
    description: 'Depth-camera point clouds of bin-picking grasps with success labels.',
    mediaType: 'point_cloud',
    samplesCount: 3400,
    sampleFieldsCount: 13,
    tags: ['robotics', 'grasping', '3d'],
    defaultPermission: 'VIEW',
    creator: 'oluwaseun.adeyemi',
    users: { 'rafael.ortiz': 'EDIT' },
  },
];
