// keep the catalog as the team wrote it, for verify.groovy
def catalog = new File(basedir, 'src/iec62304/requirements.yaml')
new File(basedir, 'requirements.yaml.before').bytes = catalog.bytes
return true
