// The referral summary's "Print" button: a file of its own, because the site's Content-Security-Policy allows no inline script.
document.addEventListener('DOMContentLoaded', () => {
  const button = document.getElementById('print');
  if (button) {
    button.addEventListener('click', () => window.print());
  }
});
