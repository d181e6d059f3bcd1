"""Second, independent labels of the first 30 sentences of bench/third_batch_uk.py, by a session blind to the first labels,
to the reader and to the other labeller (bench/agreement.py compares them)."""

LABELS = [
    ("exact", 8, 8, 8, "killed", "civilian", "all"),  # 0
    ("exact", 1, 1, 1, "killed", "all", "women"),  # 1
    ("exact", 3, 3, 3, "killed", "civilian", "all"),  # 2
    (
        "exact",
        37,
        37,
        37,
        "killed",
        "all",
        "all",
    ),  # 3 unsure: "медичних працівників" = health workers (all) or medical personnel (civilian)
    ("at_least", 57, 57, None, "killed", "civilian", "all"),  # 4
    ("vague", 10, None, None, "wounded", "civilian", "all"),  # 5
    ("exact", 71, 71, 71, "killed", "all", "all"),  # 6
    ("unquantified", None, None, None, "wounded", "all", "all"),  # 7
    ("approximate", None, 30, None, "killed", "all", "all"),  # 8
    ("exact", 23876, 23876, 23876, "missing", "all", "all"),  # 9
    ("exact", 1457, 1457, 1457, "displaced", "all", "all"),  # 10
    ("at_least", 2, 2, None, "missing", "all", "all"),  # 11
    ("exact", 1, 1, 1, "missing", "all", "all"),  # 12
    ("at_least", 212, 212, None, "captured", "all", "all"),  # 13
    ("exact", 7, 7, 7, "missing", "all", "all"),  # 14
    (
        "exact",
        115,
        115,
        115,
        "captured",
        "all",
        "men",
    ),  # 15 unsure: breakdown with no total stated; first part taken
    ("at_least", 40, 40, None, "killed", "military", "all"),  # 16
    ("range", 8000000, None, 10000000, "killed", "all", "all"),  # 17
    ("vague", 1000000, None, None, "killed", "all", "all"),  # 18
    (
        "more_than",
        2000001,
        None,
        None,
        "displaced",
        "all",
        "all",
    ),  # 19 unsure: deported to forced labour; displaced vs captured vs no casualty figure
    ("at_least", 10000000, 10000000, None, "killed", "all", "all"),  # 20
    ("at_most", None, None, 10000000, "killed", "all", "all"),  # 21
    ("exact", 17774000, 17774000, 17774000, "killed", "military", "all"),  # 22
    ("more_than", 31, None, None, "killed", "all", "all"),  # 23
    ("at_least", 2, 2, None, "killed", "all", "all"),  # 24
    ("exact", 6, 6, 6, "killed", "all", "all"),  # 25 police officers: population all per the table
    (
        "exact",
        1500,
        1500,
        1500,
        "killed",
        "military",
        "all",
    ),  # 26 unsure: "знищили" in General Staff usage may be losses (casualties), not only killed
    ("exact", 729720, 729720, 729720, "casualties", "military", "all"),  # 27
    ("exact", 180, 180, 180, "casualties", "all", "all"),  # 28 unsure: "постраждало" casualties vs wounded
    ("unquantified", None, None, None, "killed", "all", "all"),  # 29
]
