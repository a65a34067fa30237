// The journey's Print button: the page's own print stylesheet does the rest.
document.querySelectorAll('[data-print]').forEach(b => b.addEventListener('click', () => window.print()));
