// Inline styles of the admin script's own elements (Decap styles its own with emotion).
export const echoStyle = { margin: '6px 0 0', color: '#3a4a5c', fontSize: '14px', lineHeight: 1.5 };
export const errorStyle = { margin: '6px 0 0', color: '#a8071a', fontSize: '14px', lineHeight: 1.5, fontWeight: 600 };
export const panelStyle = { margin: '10px 0 0', padding: '10px 14px', borderRadius: '5px', fontSize: '14px', lineHeight: 1.5 };
export const okPanelStyle = { ...panelStyle, background: '#edf7ed', border: '1px solid #8fc18f', color: '#1e4620' };
export const problemPanelStyle = { ...panelStyle, background: '#fff4f4', border: '1px solid #e0a0a0', color: '#5c0a0a' };
