import AppraiseCLI

await Appraise.runAsRoot()
