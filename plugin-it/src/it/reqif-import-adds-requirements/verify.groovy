def lines = new File(basedir, 'build.log').readLines()
assert lines.contains('[INFO] Added 1 requirement(s) of tool-export.reqif at the end of the requirements list of '
        + 'src/iec62304/requirements.yaml: REQ-ALARM. Set their safetyClass, riskControls, parents and verification '
        + 'as needed.')
assert lines.contains('[WARNING] REQ-RATE text differs in tool-export.reqif (not written):')
assert lines.contains('[WARNING]   - src/iec62304/requirements.yaml: The pump shall compute the rate as dose / duration.')
assert lines.contains('[WARNING]   + tool-export.reqif: The pump shall compute the rate in mL/h as dose / duration.')
assert lines.contains('[WARNING] 1 title(s)/text(s) differ and were left as the catalog has them; review them and '
        + 'edit the catalog, or re-run with -Diec62304.reqifApplyChanges=true to write the ReqIF values in place.')
assert lines.contains('[INFO] 1 requirement(s) of src/iec62304/requirements.yaml are not in tool-export.reqif and '
        + 'were left as they are: REQ-DISPLAY.')
assert lines.contains('[INFO] BUILD SUCCESS')

// every byte the team wrote is kept; the new requirement is appended at the end of the list
def before = new File(basedir, 'requirements.yaml.before').text
assert new File(basedir, 'src/iec62304/requirements.yaml').text == before + '''
  # imported from tool-export.reqif (SPEC-OBJECT obj-18)
  - id: REQ-ALARM
    title: "Occlusion alarm"
    text: "The pump shall raise an alarm when the pressure exceeds the \\"occlusion\\" threshold."
'''
// no temporary file is left beside the catalog
assert new File(basedir, 'src/iec62304').listFiles()*.name == ['requirements.yaml']
