// The JSON API refuses an unsafe request from a signed-in browser unless it carries the antiforgery token in this
// header (cross-site request forgery). The token is the one in the page's own forms (the sign-out form has one).
window.thriveAntiforgery = {
  header: 'X-CSRF-TOKEN',
  token: function () {
    var field = document.querySelector('input[name="__RequestVerificationToken"]');
    return field ? field.value : '';
  }
};
// htmx sends it too, so a page's htmx posts pass the same check wherever they go.
document.addEventListener('htmx:configRequest', function (e) {
  e.detail.headers[window.thriveAntiforgery.header] = window.thriveAntiforgery.token();
});
