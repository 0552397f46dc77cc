// The audit page's filter goes by GET, so that a filtered page can be bookmarked. Jenkins' script adds its CSRF crumb
// to every form, this one too, which would put the crumb into the address; so the address is made of the filter's
// own fields, blank ones left out. Without scripts no crumb is added and the form submits as it is.
Behaviour.specify("#github-environment-secrets-filter", "github-environment-secrets-filter", 0, function (form) {
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var query = new URLSearchParams();
    form.querySelectorAll("[data-filter]").forEach(function (input) {
      if (input.value.trim() !== "") {
        query.append(input.name, input.value);
      }
    });
    var text = query.toString();
    window.location.assign(form.action + (text === "" ? "" : "?" + text));
  });
});
