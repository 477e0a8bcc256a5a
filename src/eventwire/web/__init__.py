"""The analyst dashboard served by the API app: views, templates, static assets."""
