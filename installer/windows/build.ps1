# Build SoDanChu-Setup-<version>.exe on a Windows machine (PowerShell, from the repository root):
#
#     powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1
#
# Needs: Python 3.11 (the "py" launcher) and Inno Setup 6.1+ (iscc.exe on PATH or in its
# default folder). Steps, which can also be typed one by one:
#   1. py -3.11 -m venv .venv
#   2. .venv\Scripts\python -m pip install -e . pyinstaller==6.22.3
#   3. .venv\Scripts\pyside6-lrelease i18n\sodanchu_vi.ts -qm i18n\sodanchu_vi.qm   (and _en)
#   4. .venv\Scripts\pyinstaller --noconfirm --clean installer\sodanchu.spec   -> dist\SoDanChu\
#   5. iscc /DAppVersion=<version from pyproject.toml> installer\windows\sodanchu.iss
#                                                   -> dist\SoDanChu-Setup-<version>.exe
# Steps 1-4 are what `py tasks.py build` does; this script adds step 5.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

py -3.11 tasks.py build
if ($LASTEXITCODE -ne 0) { throw "tasks.py build failed" }

# The version, written once in pyproject.toml.
$version = (py -3.11 -c "import tomllib;print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])").Trim()

# A quick check of the frozen program before packing it.
$data = Join-Path $env:TEMP "sodanchu-build-check"
if (Test-Path $data) { Remove-Item -Recurse -Force $data }
& dist\SoDanChu\SoDanChu.exe --data-dir $data demo | Out-Null
if ($LASTEXITCODE -ne 0) { throw "the frozen program failed (demo)" }

$iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe" }
& $iscc "/DAppVersion=$version" installer\windows\sodanchu.iss
if ($LASTEXITCODE -ne 0) { throw "iscc failed" }
Write-Host "built dist\SoDanChu-Setup-$version.exe"
