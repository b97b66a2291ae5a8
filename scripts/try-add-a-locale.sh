#!/bin/bash
# A new contributor adds French, in a temporary directory, following README "Add a locale".
# Usage: scripts/try-add-a-locale.sh  (R=local Maven repository, SRC=the repository to clone; defaults: ~/.m2, this one).
# Prints the time of each step; the README's "Timing" came from this script.
set -u
R=${R:-$HOME/.m2/repository}
SRC=${SRC:-$(cd "$(dirname "$0")/.." && pwd)}
W=$(mktemp -d); cd $W
T0=$(date +%s.%N)
step() { echo "== $(printf '%6.1f' $(echo "$(date +%s.%N) - $T0" | bc)) s: $*"; }
step "clone"; git clone -q $SRC errorcatalog && cd errorcatalog
step "mvn install -DskipTests"; mvn -B -q install -DskipTests -Dmaven.repo.local=$R 2>&1 | tail -3
step "new-locale fr"; java -jar tooling/target/errorcatalog.jar new-locale fr | tail -2
step "mvn verify in messages-fr (expected to fail: untranslated)"; (cd messages-fr && mvn -B -q verify -Dmaven.repo.local=$R > ../fr-build.log 2>&1; echo "exit $?"; grep -c "error untranslated" ../fr-build.log)
step "export-xliff"; java -jar tooling/target/errorcatalog.jar export-xliff --locale fr messages-fr --output fr.xlf; grep -c "<trans-unit " fr.xlf
step "translate three units (as a tool would) and import"
python3 - <<'PY'
import re
s=open('fr.xlf').read()
tr={'already_assigned':'Cette ressource est déjà attribuée.','not_e164':'Le numéro doit être au format E.164.',
    'purchased_too_recently':"Ce numéro a été acheté trop récemment pour être libéré. Attendez {waitDays, plural, one {# jour} many {# de jours} other {# jours}} après l’achat pour libérer ce numéro, ou {trialWaitDays, plural, one {# jour} many {# de jours} other {# jours}} si votre compte est en mode d’essai. Contactez le support pour toute aide supplémentaire."}
for k,v in tr.items():
    s=re.sub(r'(<trans-unit id="%s"[^>]*>.*?<target state=")needs-translation("></target>)'%k, lambda m: m.group(1)+'translated">'+v+'</target>', s, flags=re.S)
open('fr.xlf','w').write(s)
PY
java -jar tooling/target/errorcatalog.jar import-xliff fr.xlf messages-fr | head -3
step "baseline the rest, build passes"; java -jar tooling/target/errorcatalog.jar check messages-fr/src/main/resources --format json --output messages-fr/baseline.json; (cd messages-fr && mvn -B -q verify -Dmaven.repo.local=$R > ../fr-build2.log 2>&1; echo "exit $?")
step "standalone: new-locale fr --standalone"; java -jar tooling/target/errorcatalog.jar new-locale fr --standalone --group com.example.l10n --dir $W/other | tail -1
step "standalone: mvn verify (expected to fail)"; (cd $W/other/messages-fr && mvn -B -q verify -Dmaven.repo.local=$R > ../build.log 2>&1; echo "exit $?"; grep -c "error untranslated" ../build.log)
step "standalone: baseline, mvn verify"; java -jar tooling/target/errorcatalog.jar check $W/other/messages-fr/src/main/resources --format json --output $W/other/messages-fr/baseline.json; (cd $W/other/messages-fr && mvn -B -q verify -Dmaven.repo.local=$R > ../build2.log 2>&1; echo "exit $?")
step "done"
