"""Date formats: ISO 8601 everywhere, whatever the locale's habit (settings.FORMAT_MODULE_PATH).

Fact-checkers type 2024-06-02 and read it back the same way: an en-GB "02/06/2024" reads as February to
half the newsrooms that use the tracker.
"""
