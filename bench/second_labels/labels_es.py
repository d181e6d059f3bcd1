"""Second, independent labels of the first 30 sentences of bench/third_batch_es.py, by a session blind to the first labels,
to the reader and to the other labeller (bench/agreement.py compares them)."""

LABELS = [
    ("at_least", 600, 600, None, "killed", "all", "all"),
    ("exact", 1873, 1873, 1873, "killed", "all", "children"),
    ("approximate", None, 6100, None, "killed", "all", "all"),
    ("at_least", 1000000, 1000000, None, "displaced", "all", "all"),
    ("exact", 251, 251, 251, "captured", "all", "all"),
    ("exact", 48, 48, 48, "captured", "all", "all"),
    ("range", 200, None, 250, "captured", "all", "all"),
    ("approximate", None, 270, None, "killed", "all", "all"),
    (
        "exact",
        0,
        0,
        0,
        "wounded",
        "all",
        "all",
    ),  # unsure: "sin causar heridos" -> zero wounded (metric wounded, not casualties)
    ("exact", 24, 24, 24, "killed", "all", "all"),
    ("exact", 0, 0, 0, "casualties", "military", "all"),
    ("exact", 0, 0, 0, "killed", "all", "all"),
    ("exact", 10, 10, 10, "killed", "military", "all"),  # unsure: personnel "destruidas" read as killed
    ("more_than", 21, None, None, "wounded", "all", "all"),
    ("at_most", None, None, 40000, "killed", "military", "all"),
    ("range", 175000, None, 200000, "casualties", "military", "all"),  # unsure: "bando ruso" read as military
    (
        "approximate",
        None,
        250000,
        None,
        "casualties",
        "military",
        "all",
    ),  # unsure: "sobre las 250 mil" = around (not "over")
    ("exact", 5937, 5937, 5937, "killed", "military", "all"),
    (
        "at_least",
        80,
        80,
        None,
        "killed",
        "all",
        "all",
    ),  # unsure: campesinos -> all (like villagers), not civilian
    ("more_than", 81, None, None, "killed", "all", "all"),
    ("exact", 423, 423, 423, "killed", "all", "all"),
    ("exact", 5, 5, 5, "missing", "all", "men"),
    ("at_least", 16, 16, None, "killed", "all", "all"),  # unsure: campesinos -> all
    ("exact", 9, 9, 9, "killed", "all", "men"),  # unsure: first figure is the nine men; the total is 10
    ("exact", 1, 1, 1, "wounded", "all", "all"),  # unsure: "un joven" as a figure; group all or men
    ("exact", 11, 11, 11, "killed", "all", "all"),
    ("exact", 64783, 64783, 64783, "displaced", "all", "all"),
    (
        "exact",
        7,
        7,
        7,
        "killed",
        "all",
        "all",
    ),  # unsure: police "efectivos" -> all (police officers), not military
    (
        "exact",
        4,
        4,
        4,
        "killed",
        "all",
        "all",
    ),  # unsure: first figure is the initial 4; the revised toll is 7
    (
        "exact",
        1,
        1,
        1,
        "killed",
        "all",
        "all",
    ),  # unsure: first figure "un policía" (1); policeman and soldier together are 2
]
