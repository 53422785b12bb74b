/// Non-working days for ASN: libur nasional and cuti bersama, per year, from
/// `rules/calendar/<year>.yaml`, plus any regional holidays the config adds.
public struct HolidayCalendar: Sendable {
    public struct Holiday: Sendable, Hashable {
        public enum Kind: String, Sendable, Hashable { case liburNasional = "libur-nasional", cutiBersama = "cuti-bersama", regional }
        public var day: Day
        public var kind: Kind
        public var name: String
    }

    public private(set) var holidays: [Day: Holiday] = [:]
    /// Years whose national calendar is known; outside them only weekends are skipped.
    public private(set) var years: Set<Int> = []
    /// Libur nasional on the same date every year (`rules/calendar/fixed.yaml`), keyed by month*100+day.
    public private(set) var fixed: [Int: String] = [:]

    public init() {}

    public mutating func add(_ holiday: Holiday) {
        holidays[holiday.day] = holiday
    }

    public func isWorkingDay(_ day: Day) -> Bool {
        !day.isWeekend && holiday(on: day) == nil
    }

    /// The holiday on `day`: the year's own list first, else a fixed-date one.
    public func holiday(on day: Day) -> Holiday? {
        if let known = holidays[day] { return known }
        return fixed[day.month * 100 + day.day].map { Holiday(day: day, kind: .liburNasional, name: $0) }
    }

    /// Every shipped calendar. A malformed one is a build-time data error that
    /// `HolidayCalendarTests` catches, so it is skipped here rather than crashing a run.
    public static let shipped: HolidayCalendar = {
        var calendar = HolidayCalendar()
        for path in RuleSource.shippedFiles.keys.sorted() where path.hasPrefix("calendar/") {
            let sink = DiagnosticSink()
            if let text = RuleSource.shippedFiles[path],
               let node = try? YAMLParser().parse(text, file: "rules/\(path)") {
                calendar.load(node, sink: sink)
            }
        }
        return calendar
    }()

    /// Reads one calendar file (`year:` and `holidays:`), reporting problems to `sink`.
    public mutating func load(_ node: YAMLNode, sink: DiagnosticSink) {
        guard let map = MappingReader(node, what: sink.messages(.whatCalendar), sink: sink) else { return }
        if map.node("fixed") != nil {
            map.rejectUnknownKeys(allowed: ["fixed"])
            for item in map.list("fixed") ?? [] {
                guard let fields = MappingReader(item, what: sink.messages(.whatHoliday), sink: sink) else { continue }
                fields.rejectUnknownKeys(allowed: ["date", "name"])
                let parts = (fields.string("date", required: true) ?? "").split(separator: "-").compactMap { Int($0) }
                guard parts.count == 2, (1...12).contains(parts[0]), (1...31).contains(parts[1]) else {
                    sink.error(.diagNotADate, ["key": "date", "value": fields.string("date") ?? ""], at: fields.location(of: "date"))
                    continue
                }
                fixed[parts[0] * 100 + parts[1]] = fields.string("name") ?? ""
            }
            return
        }
        map.rejectUnknownKeys(allowed: ["year", "holidays"])
        guard let year = map.int("year", required: true) else { return }
        for holiday in Self.decode(map.list("holidays", required: true) ?? [], sink: sink) {
            if holiday.day.year != year {
                sink.error(.diagHolidayYear, ["date": holiday.day, "year": year], at: node.location)
                continue
            }
            add(holiday)
        }
        years.insert(year)
    }

    /// Holidays listed in a config (`holidays:`), typically regional ones.
    static func decode(_ items: [YAMLNode], sink: DiagnosticSink, defaultKind: Holiday.Kind? = nil) -> [Holiday] {
        var result: [Holiday] = []
        for item in items {
            guard let fields = MappingReader(item, what: sink.messages(.whatHoliday), sink: sink) else { continue }
            fields.rejectUnknownKeys(allowed: ConfigSchema.holiday.keys)
            guard let text = fields.string("date", required: true) else { continue }
            guard let day = Day(text) else {
                sink.error(.diagNotADate, ["key": "date", "value": text], at: fields.node("date")?.location)
                continue
            }
            let typeText = fields.string("type")
            let kind = typeText.flatMap(Holiday.Kind.init(rawValue:)) ?? defaultKind
            guard let kind else {
                sink.error(.diagHolidayType, ["value": typeText ?? ""], at: item.location)
                continue
            }
            result.append(Holiday(day: day, kind: kind, name: fields.string("name") ?? kind.rawValue))
        }
        return result
    }
}
