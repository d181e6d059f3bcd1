"""Second, independent labels of the first 30 sentences of bench/third_batch_ar.py, by a session blind to the first labels,
to the reader and to the other labeller (bench/agreement.py compares them)."""

LABELS = [
    ("exact", 18, 18, 18, "killed", "civilian", "all"),  # 0
    ("exact", 7, 7, 7, "killed", "civilian", "all"),  # 1
    (
        "exact",
        5,
        5,
        5,
        "killed",
        "civilian",
        "all",
    ),  # 2 "مودية بخمسة مدنيين" = took the lives of five civilians
    ("approximate", None, 40, None, "wounded", "all", "all"),  # 3
    ("exact", 10, 10, 10, "killed", "civilian", "all"),  # 4
    ("exact", 13, 13, 13, "killed", "all", "all"),  # 5
    (
        "unquantified",
        None,
        None,
        None,
        "casualties",
        "military",
        "all",
    ),  # 6 unsure: "بين قتيل وجريح" with no number
    ("exact", 2350, 2350, 2350, "killed", "all", "all"),  # 7
    ("at_least", 962, 962, None, "killed", "all", "all"),  # 8
    ("unquantified", None, None, None, "wounded", "all", "all"),  # 9 "عدد من" = a number of
    ("exact", 1, 1, 1, "killed", "all", "all"),  # 10
    ("more_than", 62001, None, None, "displaced", "all", "all"),  # 11
    ("more_than", 50001, None, None, "displaced", "all", "all"),  # 12
    (
        "unquantified",
        None,
        None,
        None,
        "killed",
        "all",
        "all",
    ),  # 13 unsure: "المواطنين" (citizens) all vs civilian
    ("at_least", 30, 30, None, "killed", "all", "all"),  # 14
    ("vague", 10, None, None, "killed", "all", "all"),  # 15
    ("exact", 0, 0, 0, "casualties", "all", "all"),  # 16
    ("exact", 0, 0, 0, "casualties", "all", "all"),  # 17
    ("exact", 2, 2, 2, "wounded", "civilian", "all"),  # 18
    ("exact", 0, 0, 0, "casualties", "all", "all"),  # 19 unsure: "إصابات بشرية" casualties vs injuries
    ("exact", 18, 18, 18, "casualties", "civilian", "all"),  # 20
    ("exact", 3, 3, 3, "wounded", "all", "children"),  # 21
    (
        "unquantified",
        None,
        None,
        None,
        "casualties",
        "civilian",
        "all",
    ),  # 22 unsure: "ضحايا مدنيين" with no number
    ("exact", 4, 4, 4, "casualties", "all", "children"),  # 23
    ("exact", 2, 2, 2, "killed", "all", "children"),  # 24
    ("exact", 14, 14, 14, "casualties", "civilian", "all"),  # 25
    ("exact", 2, 2, 2, "killed", "civilian", "all"),  # 26
    (
        "unquantified",
        None,
        None,
        None,
        "killed",
        "civilian",
        "all",
    ),  # 27 unsure: bare plural "قُتل مدنيون" unquantified, vs the later "بمقتل مدني" (1)
    ("exact", 1, 1, 1, "wounded", "all", "children"),  # 28
    ("exact", 1, 1, 1, "killed", "all", "women"),  # 29
]
