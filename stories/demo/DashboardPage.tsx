const STATS = [
  { label: 'Controls passing', value: '184 of 201', detail: '92% of SOC 2 controls', tone: 'good' },
  { label: 'Open findings', value: '7', detail: '2 high, 5 medium', tone: 'warn' },
  { label: 'Evidence due', value: '12', detail: 'In the next 14 days', tone: 'neutral' },
  {
    label: 'Audit window',
    value: '42 days',
    detail: 'SOC 2 Type II closes Jan 15',
    tone: 'neutral',
  },
] as const;

const ATTENTION = [
  { id: 'CC6.1', title: 'Logical access reviews are overdue for 3 systems', owner: 'IT' },
  { id: 'CC7.2', title: 'Vulnerability scan evidence missing for November', owner: 'Security' },
  {
    id: 'CC8.1',
    title: 'Change tickets without approval in the last sprint',
    owner: 'Engineering',
  },
];

const ACTIVITY = [
  { who: 'Priya Shah', what: 'uploaded the Q4 penetration test report', when: '2 hours ago' },
  { who: 'Evidence bot', what: 'collected 36 screenshots from AWS Config', when: '5 hours ago' },
  { who: 'Alex Morgan', what: 'approved the Incident Response Policy v3', when: 'Yesterday' },
  { who: 'Sam Rivera', what: 'assigned 4 controls to the Platform team', when: '2 days ago' },
];

/** Home page of the demo product: compliance figures, controls to fix and recent activity. */
export function DashboardPage({ userName }: { userName: string }) {
  return (
    <>
      <div className="acme-page-header">
        <h1>Good afternoon, {userName.split(' ')[0]}</h1>
        <p>SOC 2 Type II readiness for Acme Corp</p>
      </div>
      <ul className="acme-stats">
        {STATS.map((stat) => (
          <li key={stat.label} className="acme-card acme-stat" data-tone={stat.tone}>
            <span className="acme-stat-label">{stat.label}</span>
            <span className="acme-stat-value">{stat.value}</span>
            <span className="acme-stat-detail">{stat.detail}</span>
          </li>
        ))}
      </ul>
      <div className="acme-columns">
        <section className="acme-card" aria-labelledby="acme-attention">
          <h2 id="acme-attention">Controls needing attention</h2>
          <ul className="acme-list">
            {ATTENTION.map((item) => (
              <li key={item.id}>
                <span className="acme-chip">{item.id}</span>
                <span className="acme-list-text">{item.title}</span>
                <span className="acme-muted">{item.owner}</span>
              </li>
            ))}
          </ul>
        </section>
        <section className="acme-card" aria-labelledby="acme-activity">
          <h2 id="acme-activity">Recent activity</h2>
          <ul className="acme-list">
            {ACTIVITY.map((item) => (
              <li key={item.what}>
                <span className="acme-list-text">
                  <strong>{item.who}</strong> {item.what}
                </span>
                <span className="acme-muted">{item.when}</span>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
