import type { Role } from '../types.ts';

function words(text: string): string[] {
  return text.split(' ');
}

// The demo organization's people besides the personas. Emails are derived from the name
// (`first.last@<domain>`), so a handle below is the email's local part.
export interface DemoPerson {
  name: string;
  role: Role;
  /** Defaults to acme.ai. */
  domain?: string;
}

export const DEMO_PEOPLE: readonly DemoPerson[] = [
  { name: 'Priya Raman', role: 'ADMIN' },
  { name: 'Tomás Herrera', role: 'ADMIN' },
  { name: 'Grace Nakamura', role: 'ADMIN' },

  { name: 'Wei Zhang', role: 'MEMBER' },
  { name: 'Fatima Al-Sayed', role: 'MEMBER' },
  { name: 'Lukas Becker', role: 'MEMBER' },
  { name: 'Aisha Bello', role: 'MEMBER' },
  { name: 'Mateo Rossi', role: 'MEMBER' },
  { name: 'Hannah Schmidt', role: 'MEMBER' },
  { name: 'Kwame Mensah', role: 'MEMBER' },
  { name: 'Sofia Petrova', role: 'MEMBER' },
  { name: 'Arjun Mehta', role: 'MEMBER' },
  { name: 'Emily Carter', role: 'MEMBER' },
  { name: 'Yuki Tanaka', role: 'MEMBER' },
  { name: 'Oluwaseun Adeyemi', role: 'MEMBER' },
  { name: 'Camila Duarte', role: 'MEMBER' },
  { name: 'Noah Friedman', role: 'MEMBER' },
  { name: 'Ingrid Johansson', role: 'MEMBER' },
  { name: 'Rafael Ortiz', role: 'MEMBER' },

  { name: 'Jonas Weber', role: 'COLLABORATOR', domain: 'partner.io' },
  { name: 'Sebastian Novak', role: 'COLLABORATOR', domain: 'partner.io' },
  { name: 'Amara Nwosu', role: 'COLLABORATOR', domain: 'labelco.com' },
  { name: 'Diego Fernández', role: 'COLLABORATOR', domain: 'labelco.com' },
  { name: 'Mei Lin', role: 'COLLABORATOR', domain: 'labelco.com' },
  { name: 'Leila Haddad', role: 'COLLABORATOR', domain: 'annotatehq.com' },
  { name: 'Pavel Kuznetsov', role: 'COLLABORATOR', domain: 'annotatehq.com' },

  { name: 'Olivia Brooks', role: 'GUEST', domain: 'northwind.com' },
  { name: 'Hiroshi Sato', role: 'GUEST', domain: 'northwind.com' },
  { name: 'Zainab Yusuf', role: 'GUEST', domain: 'contoso-logistics.com' },
  { name: 'Marco Bianchi', role: 'GUEST', domain: 'contoso-logistics.com' },
  { name: 'Elena Popescu', role: 'GUEST', domain: 'fabrikam.io' },
  { name: 'Samuel Osei', role: 'GUEST', domain: 'fabrikam.io' },
];

// For the large seed: first × middle initial × last gives ~100,000 distinct names.
export const FIRST_NAMES: readonly string[] = words(
  'Aaliyah Abdul Adele Ahmed Akira Alejandro Alice Amir Ana Andrei Anika Ben Bianca Carlos ' +
    'Chen Chloe Daniel Deepa Dmitri Elif Emma Ethan Farah Felix Gabriel Hana Hugo Ibrahim ' +
    'Isabel Ivan Jamal Jin Julia Kai Kenji Laila Leo Lucia Maya Mohammed Nadia Nikhil Nina ' +
    'Omar Paula Quentin Ravi Rosa Sakura Samir Sara Tariq Thea Uma Victor Wanjiru Xavier Yara ' +
    'Yusuf Zoe',
);

export const LAST_NAMES: readonly string[] = words(
  'Abara Andersen Banerjee Barros Castillo Chowdhury Costa Dubois Eze Fischer Garcia Gupta ' +
    'Haas Ibarra Ivanova Jensen Kaur Kim Kowalski Larsen Li Lopez Maes Moreau Murphy Nair ' +
    'Nguyen Novak Obi Oliveira Park Patel Quinn Rahman Reyes Romano Sato Silva Singh Suzuki ' +
    'Takahashi Torres Usman Valdez Vogel Wagner Walsh Wang Xu Yamamoto Yilmaz Young Zamora ' +
    'Zhou',
);

export const EXTERNAL_DOMAINS: readonly string[] = [
  'partner.io',
  'labelco.com',
  'annotatehq.com',
  'northwind.com',
  'contoso-logistics.com',
  'fabrikam.io',
];

// Building blocks for the large seed's dataset and group names.
export const DATASET_SUBJECTS: readonly string[] = words(
  'warehouse retail lidar drone traffic medical satellite factory kitchen pedestrian fleet ' +
    'robot crop parking port rail mining sports',
);

export const DATASET_TOPICS: readonly string[] = words(
  'detection segmentation tracking scenes defects keypoints captions classification depth ' +
    'anomalies',
);

export const TEAM_WORDS: readonly string[] = words(
  'Perception Labeling Research Platform Evaluation Robotics Mapping Safety Curation Vision ' +
    'Infra Quality',
);
