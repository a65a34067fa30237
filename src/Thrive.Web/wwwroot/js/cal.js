// Copy buttons: <button data-copy-target="input-id" data-copy-status="status-id">. Without JavaScript the field is still selectable.
document.addEventListener('click', async (event) => {
    const button = event.target.closest('[data-copy-target]');
    if (!button) return;
    const input = document.getElementById(button.dataset.copyTarget);
    const status = document.getElementById(button.dataset.copyStatus);
    if (!input) return;
    input.select();
    try {
        await navigator.clipboard.writeText(input.value);
        if (status) status.textContent = 'Copied.';
    } catch {
        if (status) status.textContent = 'Select the address and copy it with your keyboard.';
    }
});
