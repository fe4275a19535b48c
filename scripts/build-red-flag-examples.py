#!/usr/bin/env python3
"""Writes BackCare.Bot/Content/red-flag-examples.en-GB.json, the training examples of the safety net's statistical
second opinion (docs/red-flag-understanding.md), from the TUNING batches of BackCare.Bot.Tests/Triage/Corpus.

Never pass a held-out or fresh batch: a model trained on one can no longer be measured on it.
Usage: scripts/build-red-flag-examples.py VERSION THRESHOLD BATCH.yaml... [--escalation P] [--exclude HELD_OUT.yaml...]   (needs PyYAML)
--escalation: the probability of emergency at which the model asks the emergency question about a message the rules
read as urgent (docs/red-flag-understanding.md, "The second opinion").
A message that is also in an --exclude batch (two writers can type the same "Can I book…?") is left out."""
import json, os, re, sys
import yaml

if len(sys.argv) < 4:
    sys.exit(__doc__)
args = sys.argv[3:]
version, threshold = sys.argv[1], float(sys.argv[2])
escalation = None
if "--escalation" in args:
    at = args.index("--escalation")
    escalation = float(args[at + 1])
    args = args[:at] + args[at + 2:]
batches = args[:args.index("--exclude")] if "--exclude" in args else args
excluded = {item["text"] for path in (args[args.index("--exclude") + 1:] if "--exclude" in args else [])
            for item in yaml.safe_load(open(path))["items"]}
examples = []
for path in batches:
    for item in yaml.safe_load(open(path))["items"]:
        if item["text"] in excluded:
            continue
        label = item["expected"] if item["expected"] in ("emergency", "urgent") else "other"
        examples.append({"label": label, "text": item["text"]})

names = ", ".join(os.path.basename(b)[:-5] for b in batches)
header = f"""// Training examples of the safety net's statistical second opinion (docs/red-flag-understanding.md): a text
// classifier that may only ASK one neutral question; it never gives advice and never lowers what the rules found.
// "threshold" is the probability of emergency + urgent at which it asks about a message of four words or more in
// which the rules found nothing; "escalationThreshold" the probability of emergency at which it asks the emergency
// question about a message the rules read as urgent. "everyday" are more harmless examples: a snapshot of the intent
// model's utterances (intent-utterances.en-GB.json), taken when this file is written, so that changing the intent
// model does not retrain this one. Written by scripts/build-red-flag-examples.py; both thresholds were chosen on batches
// the rules and the model had never seen (docs/red-flag-understanding.md, "The second opinion").
"""
# The intent model's utterances, in file order, as a snapshot: the second opinion must not change when they do.
content = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "BackCare.Bot", "Content")
with open(os.path.join(content, "intent-utterances.en-GB.json"), encoding="utf-8") as f:
    utterances = json.loads(re.sub(r"^\s*//.*$", "", f.read(), flags=re.M))["utterances"]
everyday = [text for texts in utterances.values() for text in texts]
body = {"version": version, "source": f"The tuning batches {names} (BackCare.Bot.Tests/Triage/Corpus); never a held-out or fresh batch.",
        "threshold": threshold, **({"escalationThreshold": escalation} if escalation is not None else {}), "examples": examples, "everyday": everyday}
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "BackCare.Bot", "Content", "red-flag-examples.en-GB.json")
with open(out, "w", encoding="utf-8") as f:
    f.write(header)
    json.dump(body, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(f"{len(examples)} examples from {len(batches)} batches -> {os.path.normpath(out)}")
