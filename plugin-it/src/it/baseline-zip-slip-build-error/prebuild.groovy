import groovy.json.JsonOutput
import groovy.json.JsonSlurper
import java.security.MessageDigest
import java.util.zip.ZipEntry
import java.util.zip.ZipFile
import java.util.zip.ZipOutputStream

// Release 1.0.0's bundle as the setup project installed it, plus an entry whose name climbs out of any folder it
// would be extracted to. The manifest lists the entry with its true SHA-256, so only the name is wrong.
def installed = new File(localRepositoryPath, 'it/iec62304/pump-regression/1.0.0/pump-regression-1.0.0-iec62304-evidence.zip')
assert installed.isFile()
def evil = 'owned by the baseline\n'.getBytes('UTF-8')
def sha256 = MessageDigest.getInstance('SHA-256').digest(evil).encodeHex().toString()
def copy = new File(basedir, 'baseline/pump-regression-1.0.0-evil.zip')
copy.parentFile.mkdirs()
new ZipFile(installed).withCloseable { zip ->
    new ZipOutputStream(copy.newOutputStream()).withCloseable { out ->
        zip.entries().each { entry ->
            byte[] bytes = zip.getInputStream(entry).bytes
            if (entry.name == 'manifest.json') {
                def manifest = new JsonSlurper().parse(bytes)
                manifest.files << [path: '../../evil.txt', sha256: sha256]
                bytes = JsonOutput.prettyPrint(JsonOutput.toJson(manifest)).getBytes('UTF-8')
            }
            out.putNextEntry(new ZipEntry(entry.name))
            out.write(bytes)
            out.closeEntry()
        }
        out.putNextEntry(new ZipEntry('../../evil.txt'))
        out.write(evil)
        out.closeEntry()
    }
}
return true
