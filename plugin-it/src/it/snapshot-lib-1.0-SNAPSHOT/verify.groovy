def dir = new File(localRepositoryPath, 'it/iec62304/snapshot-lib/1.0-SNAPSHOT')
assert new File(dir, 'snapshot-lib-1.0-SNAPSHOT.jar').isFile()
assert new File(dir, 'snapshot-lib-1.0-SNAPSHOT.pom').isFile()
// no device project: the IEC 62304 check did not run
assert !new File(basedir, 'build.log').text.contains('IEC 62304')
return true
