#!/usr/bin/env bash
# Walks one request through every step of beneficiary-journey over Camunda's REST API, as staff would in Tasklist:
# each step authenticated as the employee who does it (engine authorizations apply: the figures are read as a
# supervisor, the only staff role that reads a request's variables). Needs a running Masar (./mvnw spring-boot:run), curl and jq.
# Usage: scripts/rest-walkthrough.sh [base-url]     (default http://localhost:8080)
set -euo pipefail
BASE=${1:-http://localhost:8080}
REST="$BASE/engine-rest"
PASSWORD=${MASAR_DEMO_PASSWORD:-masar-demo}

# a valid national ID with its check digit (Luhn-style), random so the walk can be repeated
national_id() {
  local id="1$(printf '%08d' $((RANDOM * RANDOM % 100000000)))" sum=0 d i
  for check in 0 1 2 3 4 5 6 7 8 9; do
    sum=0
    for i in $(seq 0 9); do
      if (( i < 9 )); then d=${id:$i:1}; else d=$check; fi
      if (( i % 2 == 0 )); then d=$(( d * 2 )); d=$(( d / 10 + d % 10 )); fi
      sum=$(( sum + d ))
    done
    (( sum % 10 == 0 )) && { echo "$id$check"; return; }
  done
}

call() { # user method path [json]
  curl -sS -f -u "$1:$PASSWORD" -X "$2" -H 'Content-Type: application/json' "$REST$3" ${4:+-d "$4"}
}

vars() { # key=value ... -> Camunda variables JSON (numbers as Long/Double, true/false as Boolean)
  local out="{" first=1 k v t
  for kv in "$@"; do
    k=${kv%%=*}; v=${kv#*=}
    if [[ $v == \[* ]]; then t=Json; val=$(jq -Rn --arg v "$v" '$v')
    elif [[ $v =~ ^(true|false)$ ]]; then t=Boolean; val=$v
    elif [[ $v =~ ^[0-9]+$ && $k != nationalId && $k != mobile ]]; then t=Long; val=$v
    elif [[ $v =~ ^[0-9]+\.[0-9]+$ ]]; then t=Double; val=$v
    else t=String; val=$(jq -Rn --arg v "$v" '$v'); fi
    [[ $first == 1 ]] || out+=","; first=0
    out+="\"$k\":{\"value\":$val,\"type\":\"$t\"}"
  done
  echo "{\"variables\":$out}}"
}

work() { # user activity key=value...
  local user=$1 activity=$2; shift 2
  local task=null
  # verification runs as a job: the next task appears once the job executor has run it
  for _ in $(seq 1 30); do
    task=$(call "$user" GET "/task?processInstanceId=$INSTANCE&taskDefinitionKey=$activity" |
      jq -r --arg u "$user" '[.[] | select(.assignee == null or .assignee == $u)][0].id')
    [[ $task != null ]] && break
    sleep 1
  done
  [[ $task != null ]] || { echo "no task $activity for $user" >&2; exit 1; }
  call "$user" POST "/task/$task/claim" "{\"userId\":\"$user\"}" >/dev/null 2>&1 || true
  call "$user" POST "/task/$task/submit-form" "$(vars "$@")" >/dev/null
  echo "  $user completed $activity"
}

ID=$(national_id)
echo "1. reception1 records a walk-in request (C1) for national ID ${ID:0:2}******${ID:8:2}"
INSTANCE=$(call reception1 POST /process-definition/key/beneficiary-journey/submit-form \
  "$(vars channel=C1 nationalId="$ID" applicantName="محمد عبدالله الحياني" mobile=0551234567 supportType=FOOD_BASKET consentGiven=true)" | jq -r .id)
REFERENCE=$(call supervisor1 GET "/process-instance/$INSTANCE/variables/referenceNumber" | jq -r .value)
echo "   reference number $REFERENCE, committee answers by $(call supervisor1 GET "/process-instance/$INSTANCE/variables/committeeDeadlineText" | jq -r .value)"
echo "2. reception receives the beneficiary (T4), the data is verified (R2)"
work reception1 Task_ReceiveBeneficiary firstName="محمد" fatherName="عبدالله" grandfatherName="سعيد" familyName="الحياني" \
  nationalId="$ID" idExpiryDate=1452/01/01 dateOfBirth=1980-04-12 nationality=SAUDI mobile=0551234567 city="الحيانية" \
  district="النخيل" supportType=FOOD_BASKET householdSize=2 monthlyIncome=2500.0 clarificationNeeded=false \
  householdMembers='[{"memberName":"فاطمة علي","relation":"SPOUSE","memberAge":35,"memberIncome":0}]' \
  documentsReceived='["ID_COPY","FAMILY_RECORD","INCOME_PROOF"]'
echo "3. the applicant signs the declaration (R4); the committee timeline is sent (R5)"
work reception1 Task_RecordApplicantDeclaration declarationSigned=yes signatureMethod=PAPER declarationWitness=reception1
echo "   verification: $(call supervisor1 GET "/process-instance/$INSTANCE/variables/verificationOutcome" | jq -r .value), eligibility pre-check: $(call supervisor1 GET "/process-instance/$INSTANCE/variables/eligibility" | jq -r .value)"
echo "4. social research (O4)"
work researcher1 Task_ConductSocialResearch fieldVisitRequired=true visitDate=2026-12-01 visitLocation="منزل الأسرة" \
  researchFindings="دخل الأسرة لا يكفي الاحتياجات الأساسية" researchRecommendation=RECOMMEND_APPROVAL
echo "5. the research committee votes"
for member in committee1 committee2 committee3; do work $member Task_DecideOnSupportRequest vote=APPROVE voteReason="مستحق"; done
FILE=$(call supervisor1 GET "/process-instance/$INSTANCE/variables/fileNumber" | jq -r .value)
echo "6. registered (R6) with file number $FILE; reception delivers the service (R7)"
work reception2 Task_DeliverService serviceDescription="سلة غذائية شهرية" serviceAmount=350.0 deliveredOn=2026-12-02
echo "7. the beneficiary rates the service by phone (O5); reception records it on their behalf"
curl -sS -f -u "reception2:$PASSWORD" -X POST -H 'Content-Type: application/json' \
  "$BASE/api/satisfaction/surveys/$REFERENCE/answers" \
  -d '{"overall":5,"speed":4,"courtesy":5,"clarity":5,"fairness":5,"comment":"شكرًا لكم","recordedHow":"PHONE"}' | jq -r .status
STATE=$(call supervisor1 GET "/history/process-instance/$INSTANCE" | jq -r .state)
echo "8. request $REFERENCE: process $STATE, activities:"
call supervisor1 GET "/history/activity-instance?processInstanceId=$INSTANCE&sortBy=startTime&sortOrder=asc" |
  jq -r '.[] | select(.activityType != "multiInstanceBody") | "   - \(.activityId) (\(.activityName // ""))"'
[[ $STATE == COMPLETED ]]

