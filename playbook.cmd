@echo off
rem The `playbook` command on Windows, run from this checkout. Builds the command line jar when
rem there is none yet (after changing sources, run: mvnw.cmd -q -B -DskipTests package -pl playbook-validator -am),
rem then runs it. Paths stay relative to the directory it is called from.
setlocal
set "ROOT=%~dp0"
set "JAR="
for %%f in ("%ROOT%playbook-validator\target\playbook-validator-*-cli.jar") do set "JAR=%%~ff"
if not defined JAR (
  echo building playbook ^(first run^)... 1>&2
  pushd "%ROOT%"
  call mvnw.cmd -q -B -DskipTests package -pl playbook-validator -am 1>&2
  popd
  for %%f in ("%ROOT%playbook-validator\target\playbook-validator-*-cli.jar") do set "JAR=%%~ff"
)
if not defined JAR (
  echo playbook: the build failed 1>&2
  exit /b 2
)
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
"%JAVA%" -jar "%JAR%" %*
exit /b %ERRORLEVEL%
