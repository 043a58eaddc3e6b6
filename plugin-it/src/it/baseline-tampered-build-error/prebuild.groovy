import java.util.zip.ZipEntry
import java.util.zip.ZipFile
import java.util.zip.ZipOutputStream

// Release 1.0.0's bundle as the setup project installed it, copied with one change: test-record.json now claims
// a test that never existed passed (its entry in manifest.json keeps the SHA-256 of the original).
def installed = new File(localRepositoryPath, 'it/iec62304/pump-regression/1.0.0/pump-regression-1.0.0-iec62304-evidence.zip')
assert installed.isFile()
def copy = new File(basedir, 'baseline/pump-regression-1.0.0-iec62304-evidence.zip')
copy.parentFile.mkdirs()
def edited = false
new ZipFile(installed).withCloseable { zip ->
    new ZipOutputStream(copy.newOutputStream()).withCloseable { out ->
        zip.entries().each { entry ->
            byte[] bytes = zip.getInputStream(entry).bytes
            if (entry.name == 'test-record.json') {
                def text = new String(bytes, 'UTF-8')
                def tampered = text.replace('"name" : "silentAt300"', '"name" : "silentAt301"')
                assert tampered != text
                bytes = tampered.getBytes('UTF-8')
                edited = true
            }
            out.putNextEntry(new ZipEntry(entry.name))
            out.write(bytes)
            out.closeEntry()
        }
    }
}
assert edited
return true
