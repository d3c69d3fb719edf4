import DanVanApp

/// The exe's failures (file export) speak the loop's language.
typealias LocalizedFailure = DanVanApp.LocalizedFailure
