// The Huawei time zone table (huawei-meeting-api.md §1.2; semantics S2): the ONE place
// the 77 rows live. Included verbatim by `build.rs` (to generate the offset data) and by
// `src/zones.rs` (the public API), so the two can never disagree.
//
// Columns: Huawei timeZoneID, Huawei label (official text), IANA zone (cycleconf mapping).
// Row 32 uses the doc-page label, row 56 the SDK text (see the spec notes).

/// `(id, Huawei label, IANA zone)` for every row of the Huawei time zone table, in id order.
pub(crate) const ZONE_ROWS: [(u8, &str, &str); 77] = [
    (1, "(GMT-12:00) Eniwetok, Kwajalein", "Etc/GMT+12"),
    (2, "(GMT-11:00) Midway Island, Samoa", "Pacific/Pago_Pago"),
    (3, "(GMT-10:00) Hawaii", "Pacific/Honolulu"),
    (4, "(GMT-09:00) Alaska", "America/Anchorage"),
    (
        5,
        "(GMT-08:00) Pacific Time(US&Canada);Tijuana",
        "America/Los_Angeles",
    ),
    (6, "(GMT-07:00) Arizona", "America/Phoenix"),
    (7, "(GMT-07:00) Mountain Time(US&Canada)", "America/Denver"),
    (8, "(GMT-06:00) Central America", "America/Guatemala"),
    (9, "(GMT-06:00) Central Time(US&Canada)", "America/Chicago"),
    (10, "(GMT-06:00) Mexico City", "America/Mexico_City"),
    (11, "(GMT-06:00) Saskatchewan", "America/Regina"),
    (12, "(GMT-05:00) Bogota, Lima, Quito", "America/Bogota"),
    (
        13,
        "(GMT-05:00) Eastern Time(US&Canada)",
        "America/New_York",
    ),
    (
        14,
        "(GMT-05:00) Indiana(East)",
        "America/Indiana/Indianapolis",
    ),
    (15, "(GMT-04:00) Atlantic time(Canada)", "America/Halifax"),
    (16, "(GMT-04:00) Caracas, La Paz", "America/Caracas"),
    (17, "(GMT-04:00) Santiago", "America/Santiago"),
    (18, "(GMT-03:30) Newfoundland", "America/St_Johns"),
    (19, "(GMT-03:00) Brasilia", "America/Sao_Paulo"),
    (
        20,
        "(GMT-03:00) Buenos Aires, Georgetown",
        "America/Argentina/Buenos_Aires",
    ),
    (21, "(GMT-03:00) Greenland", "America/Nuuk"),
    (22, "(GMT-02:00) Mid-Atlantic", "Atlantic/South_Georgia"),
    (23, "(GMT-01:00) Azores", "Atlantic/Azores"),
    (24, "(GMT-01:00) Cape Verde Is.", "Atlantic/Cape_Verde"),
    (25, "(GMT) Casablanca, Monrovia", "Africa/Monrovia"),
    (
        26,
        "(GMT) Greenwich Mean Time:Dublin, Edinburgh, Lisbon, London",
        "Europe/London",
    ),
    (
        27,
        "(GMT+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
        "Europe/Berlin",
    ),
    (
        28,
        "(GMT+01:00) Belgrade, Bratislava, Budapest, Ljubljana, Prague",
        "Europe/Budapest",
    ),
    (
        29,
        "(GMT+01:00) Brussels, Copenhagen, Madrid, Paris",
        "Europe/Paris",
    ),
    (
        30,
        "(GMT+01:00) Sarajevo, Skopje, Sofija, Warsaw, Zagreb",
        "Europe/Warsaw",
    ),
    (31, "(GMT+01:00) West Central Africa", "Africa/Lagos"),
    (32, "(GMT+02:00) Athens, Istanbul, Vilnius", "Europe/Athens"),
    (33, "(GMT+02:00) Bucharest", "Europe/Bucharest"),
    (34, "(GMT+02:00) Cairo", "Africa/Cairo"),
    (35, "(GMT+02:00) Harare, Pretoria", "Africa/Johannesburg"),
    (36, "(GMT+02:00) Helsinki, Riga, Tallinn", "Europe/Helsinki"),
    (37, "(GMT+02:00) Jerusalem", "Asia/Jerusalem"),
    (38, "(GMT+03:00) Baghdad, Minsk", "Asia/Baghdad"),
    (39, "(GMT+03:00) Kuwait, Riyadh", "Asia/Riyadh"),
    (40, "(GMT+03:00) Moscow, St. Petersburg", "Europe/Moscow"),
    (41, "(GMT+03:00) Nairobi, Istanbul", "Africa/Nairobi"),
    (42, "(GMT+03:30) Tehran", "Asia/Tehran"),
    (43, "(GMT+04:00) Abu Dhabi, Muscat, Volgograd", "Asia/Dubai"),
    (44, "(GMT+04:00) Baku, Tbilisi, Yerevan", "Asia/Tbilisi"),
    (45, "(GMT+04:30) Kabul", "Asia/Kabul"),
    (46, "(GMT+05:00) Ekaterinburg", "Asia/Yekaterinburg"),
    (
        47,
        "(GMT+05:00) Islamabad, Karachi, Tashkent",
        "Asia/Karachi",
    ),
    (
        48,
        "(GMT+05:30) Calcutta, Chennai, Mumbai, New Delhi",
        "Asia/Kolkata",
    ),
    (49, "(GMT+05:45) Kathmandu", "Asia/Kathmandu"),
    (50, "(GMT+06:00) Almaty", "Asia/Almaty"),
    (51, "(GMT+06:00) Astana, Dhaka", "Asia/Dhaka"),
    (52, "(GMT+05:30) Sri Jayawardenepura", "Asia/Colombo"),
    (53, "(GMT+06:30) Rangoon", "Asia/Yangon"),
    (54, "(GMT+07:00) Bangkok, Hanoi, Jakarta", "Asia/Bangkok"),
    (
        55,
        "(GMT+07:00) Novosibirsk, Krasnoyarsk",
        "Asia/Krasnoyarsk",
    ),
    (
        56,
        "(GMT+08:00) Beijing, Chongqing, Hong Kong, Urumqi, Taipei",
        "Asia/Shanghai",
    ),
    (57, "(GMT+08:00) Ulaan Bataar", "Asia/Ulaanbaatar"),
    (58, "(GMT+08:00) Kuala Lumpur, Singapore", "Asia/Singapore"),
    (59, "(GMT+08:00) Perth", "Australia/Perth"),
    (60, "(GMT+09:00) Osaka, Sapporo, Tokyo", "Asia/Tokyo"),
    (61, "(GMT+09:00) Seoul", "Asia/Seoul"),
    (62, "(GMT+09:00) Yakutsk", "Asia/Yakutsk"),
    (63, "(GMT+09:30) Adelaide", "Australia/Adelaide"),
    (64, "(GMT+09:30) Darwin", "Australia/Darwin"),
    (65, "(GMT+10:00) Brisbane", "Australia/Brisbane"),
    (
        66,
        "(GMT+10:00) Canberra, Melbourne, Sydney",
        "Australia/Sydney",
    ),
    (67, "(GMT+10:00) Guam, Port Moresby", "Pacific/Port_Moresby"),
    (68, "(GMT+10:00) Hobart", "Australia/Hobart"),
    (69, "(GMT+10:00) Vladivostok", "Asia/Vladivostok"),
    (
        70,
        "(GMT+11:00) Magadan, Solomon Is., New Caledonia",
        "Pacific/Guadalcanal",
    ),
    (71, "(GMT+12:00) Auckland, Welington", "Pacific/Auckland"),
    (72, "(GMT+12:00) Fiji", "Pacific/Fiji"),
    (73, "(GMT+13:00) Nuku'alofa", "Pacific/Tongatapu"),
    (74, "(GMT+08:00) Irkutsk", "Asia/Irkutsk"),
    (75, "(GMT) Casablanca", "Africa/Casablanca"),
    (76, "(GMT+04:00) Baku", "Asia/Baku"),
    (77, "(GMT+12:00) Kamchatka, Marshall Is.", "Asia/Kamchatka"),
];

/// Changes of the IANA time zone database newer than the `chrono-tz` release the build
/// uses, applied by `build.rs` on top of it: `(IANA zone, unix seconds, UTC offset in
/// seconds from then on, with no later change)`. The zone tests check the data against
/// `chrono-tz` with these applied. Drop a row once `chrono-tz` has it.
///
/// - `Africa/Casablanca` (row 75), tzdata 2026c: Morocco keeps UTC+00 from
///   2026-09-20T01:00Z on, ending UTC+01 and its Ramadan breaks (`chrono-tz` 0.10.4 has
///   tzdata 2025c, which goes on with UTC+01).
pub const TZDATA_UPDATES: [(&str, i64, i32); 1] = [("Africa/Casablanca", 1_789_866_000, 0)];
