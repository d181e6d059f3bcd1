"""Second, independent labels of the first 30 sentences of bench/third_batch_fr.py, by a session blind to the first labels,
to the reader and to the other labeller (bench/agreement.py compares them)."""

LABELS = [
    (
        "at_least",
        15,
        15,
        None,
        "killed",
        "military",
        "all",
    ),  # unsure: "au moins une quinzaine" = at least + approximate; kept at_least
    ("exact", 1, 1, 1, "killed", "civilian", "all"),
    ("exact", 13, 13, 13, "killed", "military", "all"),
    (
        "approximate",
        None,
        30,
        None,
        "wounded",
        "military",
        "all",
    ),  # unsure: population; "l'armée a enregistré" read as the army's own wounded
    ("more_than", 2000001, None, None, "displaced", "all", "all"),
    ("more_than", 21, None, None, "killed", "civilian", "all"),
    (
        "approximate",
        None,
        12,
        None,
        "killed",
        "civilian",
        "all",
    ),  # unsure: "une douzaine" read as about 12 (not exact 12 as English "a dozen")
    ("unquantified", None, None, None, "killed", "all", "all"),
    ("exact", 95, 95, 95, "killed", "all", "all"),
    (
        "exact",
        16,
        16,
        16,
        "killed",
        "civilian",
        "all",
    ),  # unsure: first figure is the 16 further bodies; the toll is 30
    ("at_least", 6000, 6000, None, "killed", "civilian", "all"),
    ("exact", 531, 531, 531, "killed", "all", "all"),
    ("exact", 277, 277, 277, "captured", "all", "all"),
    ("vague", 1000, None, None, "displaced", "all", "all"),
    (
        "vague",
        2000,
        None,
        None,
        "displaced",
        "all",
        "all",
    ),  # unsure: "quelques milliers" who fled and reached safety; is it a displaced figure?
    ("exact", 70894, 70894, 70894, "displaced", "all", "all"),
    ("unquantified", None, None, None, "killed", "all", "all"),
    ("vague", 100, None, None, "captured", "civilian", "all"),
    ("exact", 3, 3, 3, "killed", "all", "all"),
    ("exact", 21, 21, 21, "wounded", "all", "all"),
    ("exact", 0, 0, 0, "casualties", "all", "all"),
    ("exact", 2, 2, 2, "killed", "civilian", "all"),
    ("exact", 33, 33, 33, "killed", "military", "all"),
    ("exact", 1, 1, 1, "wounded", "military", "all"),  # unsure: "un officier" as a figure of 1
    None,  # unsure: released hostages and detainees; not read as captured
    ("approximate", None, 250, None, "captured", "all", "all"),
    (
        "exact",
        240381,
        240381,
        240381,
        "casualties",
        "all",
        "all",
    ),  # unsure: "victimes" -> casualties by the cue table; SOHR's toll is deaths
    ("approximate", None, 30000, None, "missing", "all", "all"),
    ("exact", 301781, 301781, 301781, "killed", "all", "all"),
    ("exact", 1, 1, 1, "missing", "all", "all"),
]
