// Anchors the translations resource library; the .qm files are added by qt_add_translations.
