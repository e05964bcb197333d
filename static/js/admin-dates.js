// Wagtail's date pickers rewrite a field when it loses focus: text they cannot read becomes today's
// date and an impossible date rolls over (31/02 becomes 03/03). Leave what the editor typed to the
// server, which reads it day first and refuses an impossible date with a message (core/admin_fields.py).
if (window.jQuery && window.jQuery.fn.datetimepicker) {
  window.jQuery.fn.datetimepicker.defaults.validateOnBlur = false;
}
