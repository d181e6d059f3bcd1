"""Second, independent labels of the first 30 sentences of bench/third_batch_ru.py, by a session blind to the first labels,
to the reader and to the other labeller (bench/agreement.py compares them)."""

LABELS = [
    (
        "exact",
        7,
        7,
        7,
        "casualties",
        "civilian",
        "all",
    ),  # 0 unsure: "пострадали" could be read as wounded only
    ("exact", 6, 6, 6, "killed", "civilian", "all"),  # 1
    ("exact", 3, 3, 3, "killed", "civilian", "men"),  # 2
    (
        "at_most",
        None,
        None,
        7,
        "killed",
        "all",
        "all",
    ),  # 3 unsure: "жертв" read as dead (wounded listed apart); "может достигать" as up to
    ("exact", 2, 2, 2, "killed", "all", "all"),  # 4 unsure: no numeral, "a woman and a man" counted as 2
    ("approximate", None, 12000, None, "killed", "all", "all"),  # 5
    ("more_than", 162001, None, None, "casualties", "all", "all"),  # 6
    ("exact", 34, 34, 34, "killed", "all", "all"),  # 7
    ("vague", 10, None, None, "wounded", "all", "all"),  # 8
    ("at_least", 528, 528, None, "killed", "all", "all"),  # 9
    ("approximate", None, 73000, None, "displaced", "all", "all"),  # 10
    ("more_than", 936001, None, None, "displaced", "all", "all"),  # 11
    ("approximate", None, 4000000, None, "displaced", "all", "all"),  # 12
    ("approximate", None, 1000000, None, "displaced", "all", "all"),  # 13
    ("exact", 172, 172, 172, "captured", "all", "all"),  # 14
    ("exact", 168, 168, 168, "missing", "all", "all"),  # 15
    ("exact", 64, 64, 64, "captured", "all", "all"),  # 16
    ("vague", 30, None, None, "captured", "all", "children"),  # 17 "несколько десятков" = several x 10
    ("exact", 0, 0, 0, "casualties", "all", "all"),  # 18
    ("exact", 326, 326, 326, "wounded", "all", "all"),  # 19
    (
        "more_than",
        200001,
        None,
        None,
        "casualties",
        "all",
        "all",
    ),  # 20 unsure: "жертвами" (victims) casualties vs killed
    ("vague", 10, None, None, "killed", "all", "all"),  # 21
    ("at_most", None, None, 7000, "casualties", "military", "all"),  # 22
    ("more_than", 10001, None, None, "killed", "military", "all"),  # 23
    (
        "exact",
        602,
        602,
        602,
        "killed",
        "all",
        "all",
    ),  # 24 unsure: 350/380 are counts of people present, not casualties
    ("exact", 29, 29, 29, "killed", "all", "children"),  # 25
    ("at_least", 20, 20, None, "casualties", "all", "all"),  # 26 unsure: "жертв" casualties vs killed
    ("exact", 39, 39, 39, "killed", "all", "all"),  # 27
    ("vague", 10, None, None, "casualties", "all", "all"),  # 28
    ("exact", 106000, 106000, 106000, "killed", "all", "all"),  # 29
]
