import DanVanCore

/// What happened: a key, a resize, or the result of an effect the run loop performed.
public enum Action: Sendable {
    case key(Key)
    case paste(String)
    case resized(width: Int, height: Int)
    /// A command chosen some other way than by a key (tests, scripted runs).
    case command(Command)
    /// The store made `changes` durable; `state` is its new state.
    case commitSucceeded(State, changes: [Change], message: Strings.UI)
    /// The store refused or failed; nothing changed. `field` is the form field the refusal
    /// is about, when the core named one (a card number another member holds).
    case commitFailed(String, field: Field? = nil)
    /// About a second passed without a key (the run loop's clock): messages expire.
    case tick
    /// A read-only window's folder changed: the writer's records as they are now.
    case recordsRefreshed(State)
    /// Another data folder was opened in place of the current one: the demo folder
    /// (`demo`), or back to the person's own. Nothing of the old folder's screen carries over.
    case folderOpened(State, demo: Bool, readOnly: Bool)
    /// An effect other than a commit failed (seeding, settings): the message says why.
    case effectFailed(String)
    /// Things worth telling at the start (settings, theme, recovery, network folder).
    case notices([String])
    /// The store stopped taking changes (a failed write or sync): edits are refused from now on.
    case becameReadOnly
    /// The theme was loaded; `warnings` name the lines and keys of a broken theme file.
    case themeApplied(name: String, warnings: [String])
    /// The file of a `.writeFile` effect was written (`path` as the run loop resolved it).
    case fileWritten(path: String)
    /// `.writeFile` without overwrite found the file there; nothing was written.
    case fileExists(path: String, contents: String)
    /// `.writeMinutesDocument` without overwrite found the file there; nothing was written.
    case documentExists(path: String, meeting: MeetingID)
    /// `.passphrase` was done; `info` is the folder's security as it is now.
    case passphraseChanged(SecurityInfo, PassphraseKind)
    /// `.passphrase` was refused (nothing changed); `currentWrong` when the current passphrase did not unlock.
    case passphraseRefused(String, PassphraseKind, currentWrong: Bool, now: SecurityInfo?)
    /// `.listFolder` read a folder.
    case folderListed(FolderListing)
    /// `.previewImport` worked out what importing the file would do (or why it cannot).
    case importPreviewed(ImportPreview)
    /// How far `.previewImport` has got: `done` of `total` steps (the screen draws a bar).
    case importProgress(done: Int, total: Int)
}

/// Work the reducer asks the run loop to do. Values, so tests can read them.
public enum Effect: Equatable, Sendable {
    /// Make the changes durable (the run loop stamps them with time and author), then answer
    /// `.commitSucceeded` (with `message`) or `.commitFailed`.
    case commit([Change], message: Strings.UI)
    /// Open the demo data in its own folder (filled with `DemoSize` when empty), leaving the
    /// person's folder untouched; answer `.folderOpened` or `.effectFailed`.
    case openDemoFolder(DemoSize)
    /// Leave the demo folder for the person's own; answer `.folderOpened` or `.effectFailed`.
    case openRealFolder
    /// Load and use the theme, then answer `.themeApplied`.
    case applyTheme(String)
    /// Remember the theme or the language in the data folder (nil: leave that one as it is).
    case saveSettings(theme: String?, lang: Lang?)
    /// Remember the cell last used, for the next run (the settings' `lastCell`).
    case rememberCell(OrgID)
    /// Write `contents` to `path` (relative to the current directory) atomically; answer
    /// `.fileWritten`, `.fileExists` (when it exists and `overwrite` is false) or `.effectFailed`.
    case writeFile(path: String, contents: String, overwrite: Bool)
    /// Write the meeting's minutes as a Word document (made by the run loop, which can zip);
    /// answered like `.writeFile`, with `.documentExists` for a file already there.
    case writeMinutesDocument(path: String, meeting: MeetingID, overwrite: Bool)
    /// Set, change or remove the data folder's passphrase (the same work as `danvan
    /// passphrase`); answer `.passphraseChanged` or `.passphraseRefused`.
    case passphrase(PassphraseRequest)
    /// List a folder (nil: the current one); answer `.folderListed` or `.effectFailed`.
    case listFolder(String?)
    /// Read a roster file as the request says and plan its import (nothing is stored);
    /// answer `.importPreviewed`.
    case previewImport(ImportRequest)
    case quit
}
