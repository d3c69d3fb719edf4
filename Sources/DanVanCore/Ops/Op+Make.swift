import Foundation

extension Op {
    /// The user name recorded as the author of ops made on this machine.
    public static var defaultAuthor: String {
        let env = ProcessInfo.processInfo.environment
        return env["DANVAN_AUTHOR"] ?? env["USER"] ?? env["LOGNAME"] ?? "danvan"
    }

    /// An op stamped with the current time.
    public static func make(_ change: Change, author: String = Op.defaultAuthor, now: Date = Date()) -> Op {
        Op(time: Int64((now.timeIntervalSince1970 * 1000).rounded()), author: author, change: change)
    }
}
