export { cancelInfoEndpoint as GET, cancelEndpoint as POST } from '../../../../../registrations/endpoints'
