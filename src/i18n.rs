//! The app's one typed string catalogue (en-US and zh-CN).
//!
//! Every UI string is a [`Text`] variant; [`Text::t`] reads it from one table per
//! language, both written by the `catalogue!` macro from the same list of entries. The
//! macro takes each entry as a pair of literals, so an entry without its translation
//! does not compile. Issue messages come from the core (`cycleconf_core::messages`) in
//! the chosen language.

use cycleconf_core::Lang;

macro_rules! catalogue {
    ($($variant:ident => $en:literal, $zh:literal;)*) => {
        /// A string of the user interface.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Text {
            $(
                #[doc = $en]
                $variant,
            )*
        }

        impl Text {
            /// Every variant, in order (for the tests).
            #[cfg(test)]
            const ALL: &'static [Text] = &[$(Text::$variant,)*];

            /// The string in `lang`: a look-up in one table per language, in the order of
            /// the variants (a `match` over every pair was 1.6 KB of the app's first load).
            pub fn t(self, lang: Lang) -> &'static str {
                let table = match lang {
                    Lang::EnUs => EN_US,
                    Lang::ZhCn => ZH_CN,
                };
                // Every variant has its row: the tables are written from the same list.
                table.get(self as usize).unwrap_or_default()
            }
        }

        /// How many strings a language has.
        const COUNT: usize = [$(stringify!($variant),)*].len();
        const EN_US: Table = Table {
            text: concat!($($en,)*),
            lengths: &lengths::<COUNT>([$($en.len(),)*]),
        };
        const ZH_CN: Table = Table {
            text: concat!($($zh,)*),
            lengths: &lengths::<COUNT>([$($zh.len(),)*]),
        };
    };
}

/// One language's strings: all of them in one text, and the length of each. (A slice of
/// `&str` is a pointer and a length per string, which gzip packs far worse: about 0.6 KB
/// of the first load for the two tables; lengths pack better than where each one ends.)
#[derive(Clone, Copy)]
struct Table {
    text: &'static str,
    lengths: &'static [u16],
}

impl Table {
    /// The `row`-th string.
    fn get(self, row: usize) -> Option<&'static str> {
        let start: usize = self
            .lengths
            .get(..row)?
            .iter()
            .map(|&l| usize::from(l))
            .sum();
        let end = start + usize::from(*self.lengths.get(row)?);
        self.text.get(start..end)
    }
}

/// The byte lengths of the strings, checked at compile time to fit a `u16`.
const fn lengths<const N: usize>(lengths: [usize; N]) -> [u16; N] {
    let mut out = [0u16; N];
    let mut row = 0;
    while row < N {
        assert!(lengths[row] <= u16::MAX as usize, "a string exceeds 64 KB");
        out[row] = lengths[row] as u16;
        row += 1;
    }
    out
}

catalogue! {
    Tagline => "Schedule recurring Huawei Cloud Meeting series — checked and previewed before you send.",
        "安排华为云会议周期会议——发送前即时校验与预览。";
    FormName => "Recurring series", "周期会议";
    FormHeading => "New recurring series", "新建周期会议";
    LanguageLabel => "Language", "语言";
    // Basics
    SectionBasics => "Meeting", "会议";
    Subject => "Subject", "主题";
    MediaType => "Media type", "媒体类型";
    MediaHdVideo => "HD video (HDVideo)", "高清视频 (HDVideo)";
    MediaVoice => "Audio only (Voice)", "仅语音 (Voice)";
    MediaVideo => "SD video (Video)", "标清视频 (Video)";
    MediaVoiceHdVideo => "Audio + HD video (Voice,HDVideo)", "语音 + 高清视频 (Voice,HDVideo)";
    MediaAll => "Audio + HD video + data (Data,Voice,HDVideo)", "语音 + 高清视频 + 数据 (Data,Voice,HDVideo)";
    StartDate => "Start date", "开始日期";
    StartTime => "Start time", "开始时间";
    StartHint => "In the meeting's time zone; sent as UTC.", "按会议时区填写，以 UTC 发送。";
    Duration => "Duration (minutes)", "时长（分钟）";
    TimeZone => "Time zone", "时区";
    // Recurrence
    SectionRecurrence => "Recurrence", "重复";
    Repeat => "Repeat", "重复周期";
    Day => "Day", "天";
    Week => "Week", "周";
    Month => "Month", "月";
    Every => "Every", "每";
    EveryHintDay => "day(s), 1–15", "天，1–15";
    EveryHintWeek => "week(s), 1–5", "周，1–5";
    EveryHintMonth => "month(s), 1–3", "月，1–3";
    On => "On", "于";
    OnDayHint => "Every day of the interval (no weekdays to pick).", "按间隔的每一天（无需选择星期）。";
    Sun => "Sun", "日";
    Mon => "Mon", "一";
    Tue => "Tue", "二";
    Wed => "Wed", "三";
    Thu => "Thu", "四";
    Fri => "Fri", "五";
    Sat => "Sat", "六";
    EndDate => "End date", "结束日期";
    RemindDays => "Remind attendees (days before)", "提前提醒与会者（天）";
    // Attendees
    SectionAttendees => "Attendees", "与会者";
    AttendeeName => "Name", "姓名";
    AttendeeEmail => "Email", "邮箱";
    AttendeePhone => "Phone", "电话";
    AttendeeSms => "SMS number", "短信号码";
    AttendeeRole => "Role", "角色";
    RoleNormal => "Attendee", "普通与会者";
    RoleChair => "Host (chair)", "主持人";
    AttendeeType => "Type", "类型";
    TypeDefault => "Server default", "服务器默认";
    TypeNormal => "Soft client (normal)", "软终端 (normal)";
    TypeTerminal => "Room terminal (terminal)", "硬终端 (terminal)";
    TypeOutside => "External (outside)", "外部 (outside)";
    TypeMobile => "Phone number (mobile)", "手机号 (mobile)";
    TypeIdeahub => "IdeaHub (ideahub)", "IdeaHub (ideahub)";
    TypeBoard => "Whiteboard (board)", "白板 (board)";
    TypeHwvision => "Smart screen (hwvision)", "智慧屏 (hwvision)";
    TypeCustom => "Custom number (customnumber)", "自定义号码 (customnumber)";
    AddAttendee => "Add attendee", "添加与会者";
    RemoveAttendee => "Remove attendee", "删除与会者";
    AttendeeN => "Attendee", "与会者";
    NoAttendees => "No attendees yet. The series can be scheduled without them.", "尚无与会者，也可以不添加直接预约。";
    // Recording
    SectionRecording => "Recording and live streaming", "录制与直播";
    RecordType => "Recording", "录制方式";
    RecordOff => "Off (0)", "关闭 (0)";
    RecordLive => "Live streaming (1)", "直播 (1)";
    RecordRecord => "Recording (2)", "录播 (2)";
    RecordLiveRecord => "Live + recording (3)", "直播 + 录播 (3)";
    AutoRecord => "Start recording automatically", "自动开始录制";
    RecordAux => "Also record the auxiliary stream", "同时录制辅流";
    RecordAuth => "Who may watch recordings", "录播观看权限";
    AuthAnyone => "Anyone with the link (0)", "获得链接的任何人 (0)";
    AuthEnterprise => "Enterprise users (1)", "企业内用户 (1)";
    AuthAttendees => "Attendees (2)", "与会者 (2)";
    LiveAddress => "Live stream URL (main)", "直播推流地址（主流）";
    AuxAddress => "Live stream URL (auxiliary)", "直播推流地址（辅流）";
    // VMR
    SectionVmr => "Cloud meeting room", "云会议室";
    VmrFlag => "Use a cloud meeting room or personal meeting ID", "使用云会议室或个人会议 ID";
    VmrId => "Room id (vmrID)", "会议室 ID (vmrID)";
    VmrIdHint => "The id from the room list, not the displayed meeting ID.", "会议室列表中的 id，而非显示的会议 ID。";
    // Advanced
    SectionAdvanced => "Advanced", "高级";
    NotifyLanguage => "Notification language", "通知语言";
    FollowUi => "Same as this page", "与页面相同";
    English => "English (en-US)", "英文 (en-US)";
    Chinese => "Chinese (zh-CN)", "中文 (zh-CN)";
    EncryptMode => "Encryption", "加密方式";
    EncryptAdaptive => "Adaptive (0)", "自适应 (0)";
    EncryptForced => "Forced (1)", "强制加密 (1)";
    EncryptNone => "None (2)", "不加密 (2)";
    Concurrent => "Participant limit (0 = unlimited)", "与会人数上限（0 = 不限）";
    Interpretation => "Simultaneous interpretation", "同声传译";
    ConfResType => "Resource type", "资源类型";
    ResConcurrent => "Concurrent (0)", "并发 (0)";
    ResVmr => "Cloud meeting room (1)", "云会议室 (1)";
    ResWebinar => "Webinar (2)", "网络研讨会 (2)";
    GroupUri => "Group URI", "群组 URI";
    Default => "Server default", "服务器默认";
    Yes => "Yes", "是";
    No => "No", "否";
    // confConfigInfo
    SectionConfig => "Meeting settings (confConfigInfo)", "会议配置 (confConfigInfo)";
    SendNotify => "Email notification", "邮件通知";
    SendSms => "SMS notification", "短信通知";
    SendCalendar => "Calendar invitation", "日历邀请";
    AutoMute => "Mute guests on join (soft clients)", "来宾入会静音（软终端）";
    HardAutoMute => "Mute guests on join (room terminals)", "来宾入会静音（硬终端）";
    GuestFreePwd => "Guests join without password", "来宾免密入会";
    AllowGuestStart => "Guests may start the meeting", "允许来宾启动会议";
    WaitingRoom => "Waiting room", "等候室";
    HostCamera => "Host camera on", "主持人开启摄像头";
    GuestCamera => "Guest camera on", "来宾开启摄像头";
    CallIn => "Who may join", "允许入会范围";
    CallInEveryone => "Everyone (0)", "所有人 (0)";
    CallInEnterprise => "Enterprise users (2)", "企业内用户 (2)";
    CallInInvited => "Invited users (3)", "被邀请用户 (3)";
    GuestPwd => "Guest password (4–16 digits)", "来宾密码（4–16 位数字）";
    VmrIdType => "Room ID mode", "会议 ID 类型";
    VmrFixed => "Fixed ID (0)", "固定 ID (0)";
    VmrRandom => "Random ID (1)", "随机 ID (1)";
    Prolong => "Auto-extend (minutes, 0–60)", "自动延长（分钟，0–60）";
    // Issues
    IssuesHeading => "Problems to fix", "需要处理的问题";
    NoIssues => "No problems found.", "未发现问题。";
    Error => "Error", "错误";
    Warning => "Warning", "警告";
    ErrorsCount => "error(s)", "个错误";
    WarningsCount => "warning(s)", "个警告";
    // Preview
    Preview => "Preview", "预览";
    Meetings => "Meetings", "会议列表";
    NoPreview => "Fix the errors above to see the meetings.", "修正上述错误后即可看到会议列表。";
    Local => "Local", "本地";
    Utc => "UTC", "UTC";
    FlagShifted => "shifted (DST gap)", "已顺延（夏令时跳变）";
    FlagAmbiguous => "ambiguous (DST overlap)", "有歧义（夏令时重叠）";
    FlagOffsetChanged => "offset changed", "UTC 偏移已变";
    Calendar => "Calendar", "日历";
    PrevMonth => "Previous month", "上个月";
    NextMonth => "Next month", "下个月";
    MeetingDay => "meeting", "有会议";
    RequestJson => "Request JSON", "请求 JSON";
    Curl => "cURL command", "cURL 命令";
    Copy => "Copy", "复制";
    Copied => "Copied", "已复制";
    DownloadIcs => "Download .ics", "下载 .ics";
    // Send
    SectionSend => "Send", "发送";
    AccessToken => "Access token", "访问令牌";
    TokenHint => "Kept in this tab only (sessionStorage), never saved with the draft.", "仅保存在本标签页（sessionStorage），不会随草稿保存。";
    ApiBase => "API base URL", "API 基础地址";
    ApiBaseHint => "Empty: this site (the emulator or a proxy). Huawei's API cannot be called from a browser on another site (it allows no CORS): put a proxy on this site.", "留空：当前站点（模拟器或代理）。浏览器无法从其他站点直接调用华为的 API（它不允许 CORS）：请在本站点上设置代理。";
    ScheduleSeries => "Schedule series", "预约周期会议";
    Sending => "Sending…", "发送中…";
    SendDisabledErrors => "Fix the errors first.", "请先修正错误。";
    ResetForm => "Reset form", "重置表单";
    ResetConfirm => "Clear the whole form? This cannot be undone.", "清空整个表单？此操作无法撤销。";
    DraftSaved => "Draft saved in this browser.", "草稿已保存在此浏览器。";
    // Results
    SuccessHeading => "Series scheduled", "周期会议已预约";
    ConferenceId => "Conference ID", "会议 ID";
    ChairLink => "Host link", "主持人链接";
    GuestLink => "Guest link", "来宾链接";
    AudienceLink => "Audience link", "观众链接";
    Passwords => "Passwords", "密码";
    RoleChairPwd => "Host", "主持人";
    RoleGuestPwd => "Guest", "来宾";
    Reveal => "Show", "显示";
    Hide => "Hide", "隐藏";
    Hidden => "••••••", "••••••";
    CreatedMeetings => "Created meetings", "已创建的会议";
    ScheduleAnother => "Schedule another", "再预约一个";
    FailHeading => "Not scheduled", "未预约成功";
    FailHeadingUnsure => "Not confirmed", "未能确认";
    Fail400 => "The server rejected the request.", "服务器拒绝了该请求。";
    Fail401 => "The access token is invalid or expired (USG.000000004). Paste a fresh token and send again.", "访问令牌无效或已过期 (USG.000000004)。请粘贴新的令牌后重新发送。";
    Fail403 => "Forbidden: this token may not schedule meetings (HTTP 403). Ask your enterprise administrator.", "禁止访问：该令牌无权预约会议 (HTTP 403)。请联系企业管理员。";
    Fail5xx => "The server failed. Your form is kept; the series was not confirmed — check the meeting list before sending again.", "服务器出错。表单已保留；未确认周期会议是否创建——再次发送前请先查看会议列表。";
    PartLoading => "Loading…", "正在加载…";
    PartNotLoaded => "This part of the page did not load (no connection?). It is tried again the next time you use it; the draft is kept.", "页面的这一部分未能加载（没有网络？）。下次使用时会重新加载；草稿会保留。";
    FailNotLoaded => "Nothing was sent: the part of the page that sends did not load (no connection?). It is tried again when you send again; the draft is kept.", "未发送：页面中负责发送的部分未能加载（没有网络？）。再次发送时会重新加载；草稿会保留。";
    FailNetwork => "No answer from the server (network error). The series may or may not exist: check the meeting list before sending again. Nothing is retried automatically.", "服务器无应答（网络错误）。周期会议可能已创建也可能未创建：再次发送前请先查看会议列表。不会自动重试。";
    FailCrossOrigin => "The API base URL is another site: the browser sends there only if that server allows this page (CORS), and Huawei's API does not. Send through a proxy on this site, or leave the URL empty to use this site.", "API 基础地址是另一个站点：只有该服务器允许本页面（CORS）时浏览器才会发送，而华为的 API 不允许。请通过本站点上的代理发送，或留空以使用本站点。";
    FailTimeout => "No answer within 30 seconds. The series may or may not exist: check the meeting list before sending again. Nothing is retried automatically.", "30 秒内无应答。周期会议可能已创建也可能未创建：再次发送前请先查看会议列表。不会自动重试。";
    FailNoToken => "Nothing was sent: enter your access token first.", "未发送：请先填写访问令牌。";
    FailApiBase => "Nothing was sent: the API base URL must start with http:// or https:// (or be empty to use this site).", "未发送：API 基础地址必须以 http:// 或 https:// 开头（留空则使用本站）。";
    StartTimeMissing => "Enter the start time (hh:mm) of the meetings.", "请填写会议的开始时间（hh:mm）。";
    StartTimeInGap => "{time} does not exist on the start date in this time zone (the clocks go forward): every meeting will start at {actual}.", "开始日期当天此时区没有 {time}（夏令时拨快）：每次会议将在 {actual} 开始。";
    DocTitle => "cycleconf — recurring Huawei Cloud Meeting series", "cycleconf — 华为云会议周期会议";
    FailOther => "Unexpected answer from the server.", "服务器返回了意外的结果。";
    FailBadAnswer => "The server answered 200 (success) but not with the conference list: the series was probably created; check the meeting list before sending again.", "服务器返回 200（成功），但内容不是会议列表：周期会议很可能已创建，再次发送前请先查看会议列表。";
    HttpStatus => "HTTP status", "HTTP 状态";
    ServerSaid => "Server message", "服务器消息";
    FieldHighlighted => "The field concerned is highlighted.", "相关字段已高亮。";
    // MMC / USG codes (huawei-meeting-api.md §5)
    Mmc070001 => "Bad request.", "请求错误。";
    Mmc070002 => "Insufficient permission: contact your enterprise administrator.", "权限不足：请联系企业管理员。";
    Mmc070003 => "The server failed to process the request.", "系统处理失败。";
    Mmc070004 => "Verification failed.", "校验失败。";
    Mmc070005 => "The meeting does not exist.", "会议不存在。";
    Mmc070006 => "The personal cloud meeting room does not exist.", "个人云会议室不存在。";
    Mmc070111 => "The request's token is empty.", "请求令牌为空。";
    Mmc070119 => "The server failed while creating the recurring meeting.", "创建周期会议时发生异常。";
    Mmc071003 => "Meeting creation failed; try again later.", "创建会议失败，请稍后重试。";
    Mmc071005 => "The cloud meeting room is already booked for an overlapping time.", "该云会议室在重叠时段已被预约。";
    Mmc071013 => "The start time is earlier than the current time.", "开始时间早于当前时间。";
    Mmc071014 => "The start time is beyond the furthest date that can be booked.", "开始时间超出可预约的最远日期。";
    Mmc071015 => "The duration is out of range (15–1440 minutes).", "会议时长超出范围（15–1440 分钟）。";
    Mmc071017 => "The number of participants is out of range.", "与会人数超出范围。";
    Mmc071018 => "The media types are invalid.", "媒体类型无效。";
    Mmc071019 => "The meeting type is invalid.", "会议类型无效。";
    Mmc071020 => "A recurring meeting needs its recurrence (cycleParams).", "周期会议缺少周期参数 (cycleParams)。";
    Mmc071022 => "The subject is too long (at most 128 characters).", "主题过长（最多 128 个字符）。";
    Mmc071023 => "The group URI is too long (at most 31 characters).", "群组 URI 过长（最多 31 个字符）。";
    Mmc071024 => "An email address is invalid.", "邮箱地址无效。";
    Mmc071025 => "A mobile number is invalid.", "手机号码无效。";
    Mmc071026 => "A department name is too long.", "部门名称过长。";
    Mmc071032 => "The automatic-recording value is invalid.", "自动录制取值无效。";
    Mmc071034 => "The encryption mode is invalid.", "加密方式无效。";
    Mmc071035 => "The notification language is invalid.", "通知语言无效。";
    Mmc071036 => "The auto-extend value is invalid.", "自动延长取值无效。";
    Mmc071037 => "The room id (vmrID) is too long.", "会议室 ID (vmrID) 过长。";
    Mmc071038 => "The recording type is invalid.", "录制方式无效。";
    Mmc071039 => "The live stream URL is too long.", "直播推流地址过长。";
    Mmc071040 => "The auxiliary live stream URL is too long.", "辅流直播推流地址过长。";
    Mmc071041 => "The start date of the recurrence is empty.", "周期开始日期为空。";
    Mmc071042 => "The end date of the recurrence is empty.", "周期结束日期为空。";
    Mmc071043 => "The repeat type is invalid (Day, Week or Month).", "重复类型无效（Day、Week 或 Month）。";
    Mmc071044 => "The interval is out of range for the repeat type.", "间隔超出该重复类型的范围。";
    Mmc071045 => "No weekday or month day is selected.", "未选择星期或日期。";
    Mmc071046 => "A weekday or month day is out of range.", "星期或日期超出范围。";
    Mmc071047 => "The cloud-meeting-room flag is invalid.", "云会议室标志无效。";
    Mmc071048 => "The auxiliary-stream recording value is invalid.", "辅流录制取值无效。";
    Mmc071060 => "The enterprise has no concurrent-meeting resources.", "企业没有并发会议资源。";
    Mmc071061 => "The request did not pass the server's parameter validation.", "请求未通过服务器参数校验。";
    Mmc071062 => "The request body is not valid JSON.", "请求体不是有效的 JSON。";
    Mmc071063 => "You are not the owner of that cloud meeting room.", "您不是该云会议室的所有者。";
    Mmc071064 => "That room already has a meeting in progress.", "该会议室已有正在进行的会议。";
    Mmc071080 => "The guest password is invalid (4–16 digits).", "来宾密码无效（4–16 位数字）。";
    Mmc071081 => "The guest password is the same as the meeting ID.", "来宾密码与会议 ID 相同。";
    Mmc071082 => "The meeting count limit is reached.", "会议数量已达上限。";
    Mmc071105 => "The guest password is the same as the host password.", "来宾密码与主持人密码相同。";
    Mmc072031 => "An attendee's call number is empty, too long or not a SIP/TEL number.", "与会者呼叫号码为空、过长或格式错误。";
    Mmc072034 => "An attendee's name is too long.", "与会者姓名过长。";
    Mmc072035 => "An attendee's role is out of range.", "与会者角色超出范围。";
    Mmc072036 => "An attendee's email is too long.", "与会者邮箱过长。";
    Mmc072037 => "An attendee's SMS number is too long.", "与会者短信号码过长。";
    UnknownCode => "No description is known for this code.", "暂无此错误码的说明。";
}

/// Huawei error codes (huawei-meeting-api.md §5.2, §5.3; the `MMC.` prefix left off),
/// their explanation and the request path each concerns, where it maps to one field.
const CODES: &[(&str, Text, Option<&str>)] = &[
    ("111070001", Text::Mmc070001, None),
    ("111070002", Text::Mmc070002, None),
    ("111070010", Text::Mmc070002, None),
    ("111070003", Text::Mmc070003, None),
    ("111070004", Text::Mmc070004, None),
    ("111070005", Text::Mmc070005, None),
    ("111070006", Text::Mmc070006, Some("vmrID")),
    ("111070111", Text::Mmc070111, None),
    ("111070117", Text::Mmc070119, None),
    ("111070118", Text::Mmc070119, None),
    ("111070119", Text::Mmc070119, None),
    ("111071003", Text::Mmc071003, None),
    ("111071005", Text::Mmc071005, Some("vmrID")),
    ("111071013", Text::Mmc071013, Some("startTime")),
    ("111071014", Text::Mmc071014, Some("cycleParams.startDate")),
    ("111071015", Text::Mmc071015, Some("length")),
    ("111071021", Text::Mmc071015, Some("length")),
    ("111071017", Text::Mmc071017, Some("concurrentParticipants")),
    ("111071066", Text::Mmc071017, Some("concurrentParticipants")),
    ("111071018", Text::Mmc071018, Some("mediaTypes")),
    ("111071019", Text::Mmc071019, None),
    ("111071020", Text::Mmc071020, Some("cycleParams.cycle")),
    ("111071022", Text::Mmc071022, Some("subject")),
    ("111071023", Text::Mmc071023, Some("groupuri")),
    ("111071024", Text::Mmc071024, None),
    ("111071025", Text::Mmc071025, None),
    ("111071026", Text::Mmc071026, None),
    ("111071032", Text::Mmc071032, Some("isAutoRecord")),
    ("111071034", Text::Mmc071034, Some("encryptMode")),
    ("111071035", Text::Mmc071035, Some("language")),
    (
        "111071036",
        Text::Mmc071036,
        Some("confConfigInfo.prolongLength"),
    ),
    ("111071037", Text::Mmc071037, Some("vmrID")),
    ("111071038", Text::Mmc071038, Some("recordType")),
    ("111071039", Text::Mmc071039, Some("liveAddress")),
    ("111071040", Text::Mmc071040, Some("auxAddress")),
    ("111071041", Text::Mmc071041, Some("cycleParams.startDate")),
    ("111071042", Text::Mmc071042, Some("cycleParams.endDate")),
    ("111071043", Text::Mmc071043, Some("cycleParams.cycle")),
    ("111071044", Text::Mmc071044, Some("cycleParams.interval")),
    ("111071045", Text::Mmc071045, Some("cycleParams.point")),
    ("111071046", Text::Mmc071046, Some("cycleParams.point")),
    ("111071047", Text::Mmc071047, Some("vmrFlag")),
    ("111071048", Text::Mmc071048, Some("recordAuxStream")),
    ("111071060", Text::Mmc071060, None),
    ("111071061", Text::Mmc071061, None),
    ("111071062", Text::Mmc071062, None),
    ("111071063", Text::Mmc071063, Some("vmrID")),
    ("111071064", Text::Mmc071064, Some("vmrID")),
    (
        "111071080",
        Text::Mmc071080,
        Some("confConfigInfo.guestPwd"),
    ),
    (
        "111071081",
        Text::Mmc071081,
        Some("confConfigInfo.guestPwd"),
    ),
    ("111071082", Text::Mmc071082, None),
    (
        "111071105",
        Text::Mmc071105,
        Some("confConfigInfo.guestPwd"),
    ),
    ("111072031", Text::Mmc072031, None),
    ("111072032", Text::Mmc072031, None),
    ("111072033", Text::Mmc072031, None),
    ("111072034", Text::Mmc072034, None),
    ("111072035", Text::Mmc072035, None),
    ("111072036", Text::Mmc072036, None),
    ("111072037", Text::Mmc072037, None),
    ("USG.000000004", Text::Fail401, Some("token")),
];

/// The explanation of a Huawei error code (with or without `MMC.`) and the request path
/// it concerns, where it maps to one field. (A table, not a `match` over the strings:
/// less code in the app.)
pub fn explain_code(code: &str) -> (Text, Option<&'static str>) {
    let number = code.strip_prefix("MMC.").unwrap_or(code);
    CODES
        .iter()
        .find(|(c, _, _)| *c == number)
        .map_or((Text::UnknownCode, None), |&(_, text, field)| (text, field))
}

/// The three-letter weekday names, Sunday first (point 0 = Sunday, S8).
pub const WEEKDAYS: [Text; 7] = [
    Text::Sun,
    Text::Mon,
    Text::Tue,
    Text::Wed,
    Text::Thu,
    Text::Fri,
    Text::Sat,
];

/// `template` with each `{name}` replaced by its value in `values` (a name not given is
/// kept as written). The catalogue's few parameterised texts use it; a char scan, not
/// `str::replace`, whose substring search would add to the app's size.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after
            .find('}')
            .map(|close| (&after[..close], &after[close + 1..]))
        {
            Some((name, tail)) => {
                match values.iter().find(|(n, _)| *n == name) {
                    Some((_, value)) => out.push_str(value),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = tail;
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_has_both_languages_and_they_differ_where_expected() {
        assert_eq!(Text::Subject.t(Lang::EnUs), "Subject");
        assert_eq!(Text::Subject.t(Lang::ZhCn), "主题");
        assert_eq!(Text::ScheduleSeries.t(Lang::EnUs), "Schedule series");
        assert_eq!(
            Text::Tagline.t(Lang::ZhCn),
            "安排华为云会议周期会议——发送前即时校验与预览。"
        );
        assert_eq!(
            Text::UnknownCode.t(Lang::EnUs),
            "No description is known for this code."
        );
        // Each variant is its row of both tables, and no row is empty.
        for (row, text) in Text::ALL.iter().enumerate() {
            assert_eq!(*text as usize, row);
            assert!(!text.t(Lang::EnUs).is_empty() && !text.t(Lang::ZhCn).is_empty());
            // A `{placeholder}` filled at run time is in both languages.
            let holes = |s: &str| {
                let mut v: Vec<String> = s
                    .split('{')
                    .skip(1)
                    .filter_map(|p| p.split_once('}').map(|(name, _)| name.to_owned()))
                    .collect();
                v.sort();
                v
            };
            assert_eq!(
                holes(text.t(Lang::EnUs)),
                holes(text.t(Lang::ZhCn)),
                "{text:?}"
            );
        }
        assert_eq!(
            Text::StartTimeInGap.t(Lang::ZhCn),
            "开始日期当天此时区没有 {time}（夏令时拨快）：每次会议将在 {actual} 开始。"
        );
    }

    #[test]
    fn each_table_cuts_its_text_into_its_strings_without_gaps() {
        for table in [EN_US, ZH_CN] {
            let rows: Option<String> = (0..COUNT).map(|row| table.get(row)).collect();
            assert_eq!(rows.as_deref(), Some(table.text));
            assert_eq!(table.get(COUNT), None);
        }
        // The last row, which only the sum of every length before it finds.
        assert_eq!(Text::UnknownCode as usize, COUNT - 1);
        assert_eq!(Text::UnknownCode.t(Lang::ZhCn), "暂无此错误码的说明。");
        assert_eq!(
            Text::Mmc072037.t(Lang::EnUs),
            "An attendee's SMS number is too long."
        );
    }

    #[test]
    fn fill_replaces_named_holes() {
        let values = [("time", "02:30"), ("actual", "03:30")];
        assert_eq!(fill("{time} → {actual}.", &values), "02:30 → 03:30.");
        assert_eq!(fill("{other} {time", &values), "{other} {time");
        assert_eq!(fill("没有 {time}（", &values), "没有 02:30（");
        assert_eq!(fill("", &values), "");
    }

    #[test]
    fn codes_map_to_fields() {
        assert_eq!(
            explain_code("MMC.111071044"),
            (Text::Mmc071044, Some("cycleParams.interval"))
        );
        assert_eq!(explain_code("MMC.999"), (Text::UnknownCode, None));
        assert_eq!(
            explain_code("111071046"),
            (Text::Mmc071046, Some("cycleParams.point"))
        );
        assert_eq!(
            explain_code("USG.000000004"),
            (Text::Fail401, Some("token"))
        );
        // Each code once in the table.
        for (row, (code, _, _)) in CODES.iter().enumerate() {
            assert!(!CODES[..row].iter().any(|(c, _, _)| c == code), "{code}");
        }
    }
}
