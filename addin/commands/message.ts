/**
 * The ribbon command's message dialog: the text arrives in the URL and is shown with textContent,
 * so nothing in it can run. Closes itself when the user presses OK (or Escape).
 */
const params = new URLSearchParams(location.search);
const box = document.getElementById('message');
const ok = document.getElementById('ok');
if (box) {
  box.textContent = params.get('text') ?? '';
  box.className = params.get('kind') === 'error' ? 'message error' : 'message';
}
// office.js (loaded by message.html's own script tag) must be ready before messageParent exists.
let officeReady = false;
const office = (globalThis as { Office?: typeof Office }).Office;
void office?.onReady(() => {
  officeReady = true;
});
const close = () => {
  if (officeReady && office?.context?.ui?.messageParent) office.context.ui.messageParent('close');
  else window.close();
};
ok?.addEventListener('click', close);
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') close();
});
ok?.focus();
export {};
