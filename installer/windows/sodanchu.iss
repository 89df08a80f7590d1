; Inno Setup script: SoDanChu-Setup-<version>.exe from the PyInstaller folder dist\SoDanChu\.
; Saved as UTF-8 with a BOM: Inno Setup 6 then reads the Vietnamese text correctly.
;
; Build (on Windows, after `pyinstaller installer\sodanchu.spec`; see build.ps1):
;     iscc /DAppVersion=0.1.0 installer\windows\sodanchu.iss
; AppVersion must be the version in pyproject.toml (build.ps1 reads it from there).
; Needs Inno Setup 6.1 or newer, whose compiler ships Languages\Vietnamese.isl; an older
; one lacks it: take the unofficial Vietnamese.isl from the Inno Setup translations page
; and put it in the compiler's Languages folder.
;
; The officer's data is NOT in the program folder: the app keeps it in
; %LOCALAPPDATA%\SoDanChu (database, backups, logs, attachments, keys). This installer
; never writes there and the uninstaller never deletes it: no [UninstallDelete] entry
; names it, on purpose. Upgrading in place (same AppId) replaces only the program files;
; the app copies the database aside into backups\ and runs the migrations on its first
; start after the upgrade.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=0.1.0 installer\windows\sodanchu.iss
#endif

#define AppName "Sổ Dân Chủ"
#define AppExe "SoDanChu.exe"
#define Root "..\.."

[Setup]
; Never change AppId: it is how an upgrade finds the installed copy.
AppId={{6C4F5E2A-3B1D-4C8E-9A7F-5D2B8E1C0A93}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Sổ Dân Chủ
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\SoDanChu
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-machine by default; an officer without admin rights can choose "only for me".
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist
OutputBaseFilename=SoDanChu-Setup-{#AppVersion}
SetupIconFile={#Root}\resources\icons\sodanchu.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Upgrade in place: close a running copy, reuse the folder and the language chosen before.
CloseApplications=yes
UsePreviousAppDir=yes
UsePreviousLanguage=yes
ShowLanguageDialog=auto

[Languages]
; Vietnamese first: it is the installer's language unless Windows is set otherwise.
Name: "vi"; MessagesFile: "compiler:Languages\Vietnamese.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
vi.DesktopIconTask=Tạo biểu tượng trên màn hình nền
en.DesktopIconTask=Create a desktop shortcut
vi.ShortcutsGroup=Lối tắt:
en.ShortcutsGroup=Shortcuts:
vi.LaunchApp=Mở Sổ Dân Chủ
en.LaunchApp=Open Sổ Dân Chủ
vi.UninstallApp=Gỡ cài đặt Sổ Dân Chủ
en.UninstallApp=Uninstall Sổ Dân Chủ
vi.DataKept=Dữ liệu của xã (thư mục %LOCALAPPDATA%\SoDanChu) được giữ nguyên khi gỡ cài đặt.
en.DataKept=The commune's data (the folder %LOCALAPPDATA%\SoDanChu) is kept when uninstalling.

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIconTask}"; GroupDescription: "{cm:ShortcutsGroup}"

[InstallDelete]
; An upgrade starts from a clean program folder (old bundled libraries must not linger).
; Only {app}\_internal: never the data folder, which is elsewhere.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Root}\dist\SoDanChu\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autoprograms}\{cm:UninstallApp}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchApp}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section: the uninstaller removes only what it installed and
; leaves %LOCALAPPDATA%\SoDanChu (the officer's data) untouched.

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox(CustomMessage('DataKept'), mbInformation, MB_OK);
end;
