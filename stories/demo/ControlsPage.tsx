const CONTROLS = [
  { id: 'CC1.1', name: 'Code of conduct acknowledged', framework: 'SOC 2', status: 'Passing' },
  { id: 'CC6.1', name: 'Quarterly access reviews', framework: 'SOC 2', status: 'Failing' },
  { id: 'CC6.6', name: 'MFA on production systems', framework: 'SOC 2', status: 'Passing' },
  {
    id: 'CC7.2',
    name: 'Monthly vulnerability scans',
    framework: 'SOC 2',
    status: 'Needs evidence',
  },
  { id: 'A.8.13', name: 'Daily backups tested', framework: 'ISO 27001', status: 'Passing' },
];

/** Renders a second page of the demo product, so the navigation has somewhere to go. */
export function ControlsPage() {
  return (
    <>
      <div className="acme-page-header">
        <h1>Controls</h1>
        <p>Every control of your active frameworks and the state of its evidence</p>
      </div>
      <div className="acme-card acme-table-card">
        <table className="acme-table">
          <thead>
            <tr>
              <th scope="col">Control</th>
              <th scope="col">Name</th>
              <th scope="col">Framework</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {CONTROLS.map((control) => (
              <tr key={control.id}>
                <td>
                  <span className="acme-chip">{control.id}</span>
                </td>
                <td>{control.name}</td>
                <td className="acme-muted">{control.framework}</td>
                <td>
                  <span className="acme-status" data-status={control.status.toLowerCase()}>
                    {control.status}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
