#!/usr/bin/env python3
"""Writes N varied appraisals (front matter, prose with expressions, data blocks) into a folder.

Usage: generate-appraisals.py FOLDER [N]. Deterministic: the same N gives the same files.
"""
import os
import random
import sys

TOPICS = [
    ("IVIG", "refractory dermatomyositis", "dermatomyositis"),
    ("Early mobilisation", "hip fracture surgery", "orthopaedics"),
    ("Corticosteroids", "community-acquired pneumonia", "pneumonia"),
    ("Tranexamic acid", "postpartum haemorrhage", "obstetrics"),
    ("Metformin", "prediabetes", "diabetes"),
    ("Vitamin D", "falls in older adults", "geriatrics"),
    ("Statins", "primary prevention of stroke", "cardiology"),
    ("Amoxicillin", "acute otitis media in children", "paediatrics"),
    ("Physiotherapy", "chronic low back pain", "musculoskeletal"),
    ("Probiotics", "antibiotic-associated diarrhoea", "gastroenterology"),
]
DESIGNS = ["rct", "cohort", "case-control", "systematic-review", "diagnostic"]
AUTHORS = ["A. Student", "B. Resident", "C. Fellow", "D. Registrar", "E. Clerk"]


def appraisal(index, rng):
    drug, condition, tag = TOPICS[index % len(TOPICS)]
    design = DESIGNS[index % len(DESIGNS)]
    year = 2012 + index % 12
    date = f"{year}-{1 + index % 12:02d}-{1 + index % 28:02d}"
    expires = f"{year + 2}-{1 + index % 12:02d}-{1 + index % 28:02d}"
    n1, n2 = rng.randint(20, 400), rng.randint(20, 400)
    e1, e2 = rng.randint(1, n1 - 1), rng.randint(1, n2 - 1)
    mean1, mean2 = rng.uniform(5, 9), rng.uniform(5, 9)
    paragraphs = "\n\n".join(
        f"Paragraph {p} discusses the {condition} trial's methods, its risk of bias, and whether its "
        f"patients resemble ours. *Allocation* was concealed and **outcomes** were assessed blind; "
        f"the analysis was by intention to treat. Follow-up was {rng.randint(70, 99)}% complete."
        for p in range(1, 13))
    return f"""---
title: {drug} for {condition} ({index + 1})
author: {AUTHORS[index % len(AUTHORS)]}
date: {date}
tags: [{tag}, {design}-appraisals{', practice-changing' if index % 7 == 0 else ''}]
question: In patients with {condition}, does {drug if drug.isupper() else drug.lower()} improve outcomes compared with usual care?
pico:
  population: Adults with {condition}
  intervention: {drug}
  comparison: Usual care or placebo
  outcome: Improvement at 3 months
design: {design}
evidence: {{scale: sort, level: {1 + index % 3}}}
bottom_line: {drug} {'helps' if e1 * n2 > e2 * n1 else 'does not clearly help'} in {condition}; discuss with the patient.
expires: {expires}
---

# {drug} for {condition}

Improvement occurred in {{{{ outcome.treated.events }}}} of {{{{ outcome.treated.total }}}} treated patients
({{{{ outcome.treated.risk }}}}) and {{{{ outcome.control.events }}}} of {{{{ outcome.control.total }}}} controls,
a risk ratio of {{{{ outcome.rr | ci }}}}.

```data outcome
type: binary
outcome: Improvement at 3 months
desirable: true
arms:
  Treated: {e1}/{n1}
  Control: {e2}/{n2}
```

The mean score was {{{{ score.treated.mean | fixed(1) }}}} against {{{{ score.control.mean | fixed(1) }}}}
({{{{ score.t.p | p }}}}).

```data score
type: continuous
outcome: Symptom score (0-10)
arms:
  Treated: {mean1:.2f} ± {rng.uniform(1, 2):.2f} (n={n1})
  Control: {mean2:.2f} ± {rng.uniform(1, 2):.2f} (n={n2})
```

{paragraphs}
"""


def main():
    folder = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    os.makedirs(folder, exist_ok=True)
    rng = random.Random(2026)
    for index in range(count):
        with open(os.path.join(folder, f"appraisal-{index + 1:04d}.md"), "w", encoding="utf-8") as handle:
            handle.write(appraisal(index, rng))


if __name__ == "__main__":
    main()
