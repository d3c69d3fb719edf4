/// Marks data computed from the rest of a value (sorted lists, search indexes, figures):
/// kept for speed, never part of what the value is. Two values that differ only in derived
/// data are equal, so `AppState ==` compares what the person can see and act on.
@propertyWrapper
struct Derived<Value: Sendable>: Equatable, Sendable {
    var wrappedValue: Value
    init(wrappedValue: Value) { self.wrappedValue = wrappedValue }
    static func == (a: Self, b: Self) -> Bool { true }
}
