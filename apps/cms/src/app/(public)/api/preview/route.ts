export { previewEndpoint as GET, previewEndpoint as POST } from '../../../../preview/endpoint'
