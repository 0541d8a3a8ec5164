#!/usr/bin/env bash
# Publishes the `newsbot` command and the web host as ReadyToRun (precompiled) builds for this
# machine's runtime, so a command starts in a fraction of a second instead of `dotnet run`'s build
# check and JIT warm-up, and the host starts on optimised code:
#   artifacts/publish/newsbot/newsbot      the terminal command (README: alias newsbot=...)
#   artifacts/publish/web/NewsBot.Web      the bot's web host (run it from that folder, its content root; seeds/ comes along)
# Framework-dependent: the machine's .NET 10 runtime runs them. Usage: bash eng/publish.sh [cli|web]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

case "$(uname -m)" in
  x86_64) arch=x64 ;;
  aarch64|arm64) arch=arm64 ;;
  *) echo "eng/publish.sh: no .NET runtime identifier for $(uname -m)" >&2; exit 2 ;;
esac
case "$(uname -s)" in
  Linux) rid="linux-$arch" ;;
  Darwin) rid="osx-$arch" ;;
  *) echo "eng/publish.sh: no .NET runtime identifier for $(uname -s)" >&2; exit 2 ;;
esac

publish() { # project, output folder
  dotnet publish "$1" -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$2" --nologo -v quiet
  echo "published $1 -> $2"
}

what="${1:-all}"
if [ "$what" = all ] || [ "$what" = cli ]; then publish src/NewsBot.Cli artifacts/publish/newsbot; fi
if [ "$what" = all ] || [ "$what" = web ]; then publish src/NewsBot.Web artifacts/publish/web; fi
