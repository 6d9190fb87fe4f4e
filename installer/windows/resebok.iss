; Inno Setup script for Resebok: a per-user install that needs no administrator rights.
;
; Build the bundle first (PyInstaller, on Windows), then compile with the version from
; pyproject.toml:
;   pyinstaller --noconfirm --distpath dist --workpath build installer\resebok.spec
;   ISCC /DVersion=<version> installer\windows\resebok.iss
; The installer is written to dist\resebok-<version>-setup.exe.
;
; The user's database and settings live in the user's own folders (%LOCALAPPDATA%\Resebok and
; %APPDATA%\Resebok, chosen by platformdirs), never in {app}: installing a new version or
; uninstalling never touches them, and there is deliberately no [UninstallDelete] section.
; tests/test_installer.py checks that every file named here exists in the bundle's layout.

#ifndef Version
  #error Pass the version: ISCC /DVersion=<version in resebok/__init__.py> resebok.iss
#endif

#define AppName "Resebok"
#define ExeName "resebok.exe"
#define BundleDir "..\..\dist\resebok"
#define IconFile "..\..\resources\icons\resebok.ico"

[Setup]
; The AppId identifies the installation for upgrades and the uninstaller: never change it.
AppId={{4553E511-52E8-4F52-99EA-64503E5C2914}
AppName={#AppName}
AppVersion={#Version}
AppVerName={#AppName} {#Version}
AppPublisher=Resebok developers
AppComments=Tjänsteresor, kilometerersättning och gröna alternativ
VersionInfoVersion={#Version}
; Per user, without administrator rights: {autopf} is then %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
OutputDir=..\..\dist
OutputBaseFilename=resebok-{#Version}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#ExeName}
UninstallDisplayName={#AppName}
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern
Compression=lzma2
SolidCompression=yes
; Resebok may be running while a new version is installed: close it first.
CloseApplications=yes

[Languages]
; Inno Setup ships no official Swedish translation; add an unofficial Swedish.isl here when
; IT has one (Name: "swedish"; MessagesFile: "Swedish.isl").
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the bundle as a whole, so no library of the previous version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; The whole PyInstaller one-folder bundle: resebok.exe and _internal\ with Python, Qt and the
; resources (places, icons).
Source: "{#BundleDir}\{#ExeName}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#BundleDir}\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#ExeName}"; IconFilename: "{app}\_internal\resources\icons\resebok.ico"; Comment: "Tjänsteresor och kilometerersättning"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#ExeName}"; IconFilename: "{app}\_internal\resources\icons\resebok.ico"; Tasks: desktopicon

[Run]
Filename: "{app}\{#ExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
