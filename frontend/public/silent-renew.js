// The hidden iframe of a silent sign-in (oidc-client-ts signinSilent): hands Keycloak's answer
// (?code=&state= or ?error=) to the app in the parent window, as oidc-client-ts's
// IFrameWindow.notifyParent does, and nothing else. A file of its own, so that the page needs no
// inline script (Content-Security-Policy script-src 'self') and loads none of the app.
if (window.parent !== window) {
  window.parent.postMessage(
    { source: 'oidc-client', url: window.location.href, keepOpen: false },
    window.location.origin,
  );
}
