"""Second, independent labels of the first 30 sentences of bench/third_batch_de.py, by a session blind to the first labels,
to the reader and to the other labeller (bench/agreement.py compares them)."""

LABELS = [
    ("exact", 20, 20, 20, "wounded", "all", "all"),
    ("exact", 15, 15, 15, "killed", "all", "all"),
    ("exact", 35, 35, 35, "killed", "all", "all"),
    ("exact", 2, 2, 2, "killed", "all", "children"),
    ("exact", 3000000, 3000000, 3000000, "displaced", "all", "all"),
    ("approximate", None, 200000, None, "displaced", "all", "all"),
    (
        "more_than",
        150001,
        None,
        None,
        "killed",
        "all",
        "all",
    ),  # unsure: "zum Opfer gefallen" read as killed rather than casualties
    (
        "approximate",
        None,
        80,
        None,
        "captured",
        "all",
        "all",
    ),  # unsure: the eight handed over (released) skipped as not captured
    ("exact", 8, 8, 8, "killed", "all", "all"),  # unsure: first figure is the 8 dead, not the 33 hostages
    None,  # unsure: released hostages; not read as captured
    ("approximate", None, 240, None, "captured", "all", "all"),
    (
        "vague",
        12,
        None,
        None,
        "killed",
        "all",
        "all",
    ),  # unsure: "dutzende" = dozens -> 12 per methodology table (brief's example says 10)
    ("exact", 5, 5, 5, "killed", "military", "all"),
    ("unquantified", None, None, None, "killed", "all", "all"),
    ("approximate", None, 36, None, "killed", "all", "all"),
    ("vague", 3, None, None, "killed", "military", "all"),
    ("approximate", None, 10, None, "killed", "military", "all"),
    ("exact", 60, 60, 60, "missing", "all", "all"),
    ("exact", 37, 37, 37, "killed", "military", "all"),
    ("vague", 12, None, None, "casualties", "military", "all"),  # unsure: "dutzende" floor 12 vs 10
    ("vague", 3000, None, None, "killed", "all", "all"),
    ("at_least", 25, 25, None, "killed", "all", "all"),
    ("more_than", 181, None, None, "wounded", "all", "all"),
    None,  # unsure: "Viele der Opfer seien Soldaten" describes a total's make-up; could be unquantified casualties military
    ("exact", 3000000, 3000000, 3000000, "missing", "all", "all"),
    (
        "exact",
        20000000,
        20000000,
        20000000,
        "casualties",
        "all",
        "all",
    ),  # unsure: "verloren ... Menschen" -> casualties by cue ("lost"); historically deaths
    (
        "range",
        55000000,
        None,
        60000000,
        "killed",
        "all",
        "all",
    ),  # unsure: hedge "mehr als" on the upper end kept as a range
    (
        "exact",
        405000,
        405000,
        405000,
        "casualties",
        "all",
        "all",
    ),  # unsure: "Opfer" -> casualties; population military only from world knowledge
    ("vague", 100000, None, None, "casualties", "all", "all"),
    ("exact", 11000000, 11000000, 11000000, "captured", "military", "all"),
]
