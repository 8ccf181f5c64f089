; Inno Setup script for Windows (issue 17.4): built by recipe, untested (only Linux runs here).
;     iscc /DVersion=0.1.0 packaging\windows\tandem-journal.iss   (after the PyInstaller recipe)
; Installs for the current user (no administrator needed) into %LOCALAPPDATA%\Programs, adds a
; Start-menu entry and opens .tandem files with the app. Journals live wherever the user saves them;
; settings go to %APPDATA%\TandemJournal (app/paths.py), protected by the user profile's ACL.
#ifndef Version
  #define Version "0.1.0"
#endif
[Setup]
AppId={{5E0B7C2A-3F51-4E2B-9C1D-7A3D1E0F4B62}
AppName=Tandem Journal
AppVersion={#Version}
DefaultDirName={autopf}\Tandem Journal
PrivilegesRequired=lowest
OutputDir=..\..\dist
OutputBaseFilename=tandem-journal-{#Version}-setup
SetupIconFile=tandem-journal.ico
ChangesAssociations=yes
Compression=lzma2
SolidCompression=yes

[Languages]
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\tandem-journal\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{autoprograms}\Tandem Journal"; Filename: "{app}\tandem-journal.exe"

[Registry]
; .tandem opens with the app: the file type's default program, and an "Open with" entry that stays even
; when the person picked another default. A double-clicked file comes as "%1" on the command line
; (app/ui/main.py), also while the app runs (a second window; the journal's lock refuses a second opener).
Root: HKA; Subkey: "Software\Classes\.tandem"; ValueType: string; ValueName: ""; ValueData: "TandemJournal.Journal"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.tandem\OpenWithProgids"; ValueType: string; ValueName: "TandemJournal.Journal"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\TandemJournal.Journal"; ValueType: string; ValueName: ""; ValueData: "Tandem journal (encrypted)"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\TandemJournal.Journal\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\tandem-journal.exe,0"
Root: HKA; Subkey: "Software\Classes\TandemJournal.Journal\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\tandem-journal.exe"" ""%1"""
