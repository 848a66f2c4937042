## The report's own words (the findings are in their plan's language).

# The heading of a finding's help in the human report (keep the trailing space).
report-help-heading = help:{" "}
# A file that could not be checked, in a SARIF notification ($path; $failure: why).
report-file-failure = { $path }: { $failure }
