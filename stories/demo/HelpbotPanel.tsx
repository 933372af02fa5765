import { useEffect, useRef } from 'react';

interface HelpbotPanelProps {
  onClose: () => void;
}

/** Stand-in for the host's AI helpbot, which the help menu opens through `onOpenHelpbot`. */
export function HelpbotPanel({ onClose }: HelpbotPanelProps) {
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    inputRef.current?.focus();
  }, []);

  return (
    <aside
      className="acme-helpbot"
      aria-label="AI helpbot"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          onClose();
        }
      }}
    >
      <div className="acme-helpbot-header">
        <h2>Acme assistant</h2>
        <button type="button" className="acme-button" onClick={onClose}>
          Close
        </button>
      </div>
      <p className="acme-helpbot-message">
        Hi! I answer questions about controls, evidence and audits. What are you working on?
      </p>
      <form
        className="acme-helpbot-form"
        onSubmit={(event) => {
          event.preventDefault();
        }}
      >
        <input ref={inputRef} aria-label="Ask the assistant" placeholder="Ask a question" />
        <button type="submit" className="acme-button">
          Send
        </button>
      </form>
    </aside>
  );
}
